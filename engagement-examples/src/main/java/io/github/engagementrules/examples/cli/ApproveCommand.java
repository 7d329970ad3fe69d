package io.github.engagementrules.examples.cli;

import io.github.engagementrules.authoring.Validation;
import io.github.engagementrules.model.Suggestions;
import io.github.engagementrules.rules.Approval;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code approve}: records the policy owner's sign-off of rules (their local interpretations above all) in the
 * edition's {@code approvals.json}, with who, when, a note and the content hash of each rule as it is now.
 */
@Command(
    name = "approve",
    mixinStandardHelpOptions = true,
    description = {
      "Records the policy owner's approval of rules (or marked functions) of an edition in its approvals.json: who,"
          + " when, a note, and the content hash of each rule as it is now. Editing an approved rule later"
          + " invalidates its approval.",
      "Exit status 0 when the approvals were recorded, 1 when the rules have errors, 2 for a wrong name or option."
    })
final class ApproveCommand implements Callable<Integer> {
  @ParentCommand EngagementCli cli;
  @Spec CommandSpec spec;

  @Option(names = "--rules", required = true, paramLabel = "DIR", description = "the edition's folder")
  Path directory;

  @Option(names = "--rule", paramLabel = "NAME", description = "a rule or marked function to approve (repeatable)")
  List<String> names = new ArrayList<>();

  @Option(names = "--all-awaiting", description = "approve every local interpretation that awaits approval")
  boolean allAwaiting;

  @Option(names = "--by", required = true, paramLabel = "WHO",
      description = "who approves: their name and post, as the force records sign-offs")
  String approvedBy;

  @Option(names = "--note", paramLabel = "TEXT", description = "the approver's note")
  String note = "";

  @Option(names = "--on", paramLabel = "DATE", description = "the day of the approval, such as 2027-09-27 (default:"
      + " today)")
  LocalDate approvedOn = LocalDate.now(ZoneOffset.UTC);

  @Override
  public Integer call() throws IOException {
    PrintStream out = cli.out();
    if (names.isEmpty() == !allAwaiting) {
      throw new ParameterException(spec.commandLine(), "name the rules to approve with --rule NAME, or give"
          + " --all-awaiting (not both)");
    }
    if (approvedBy.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--by: say who approves, got '" + approvedBy + "'");
    }
    RuleBaseValidation validation = Validation.of(List.of(directory));
    if (!validation.errors().isEmpty()) {
      validation.errors().forEach(out::println);
      out.println("NOT APPROVED: the rules have " + validation.errors().size() + " error(s); fix them first");
      return EngagementCli.SOME_FAILED;
    }
    RuleBaseInfo ruleBase = validation.ruleBase().orElseThrow();
    List<String> chosen = allAwaiting ? ruleBase.unapprovedInterpretations() : names;
    for (String name : chosen) {
      if (ruleBase.contentHash(name).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--rule: no rule or marked function is named '" + name
            + "'" + Suggestions.didYouMean(name, ruleBase.contentHashes().keySet()));
      }
    }
    List<Approval> approvals = new ArrayList<>(ruleBase.approvals());
    for (String name : chosen) {
      approvals.removeIf(a -> a.rule().equals(name));
      approvals.add(Approval.builder().rule(name).approvedBy(approvedBy.strip()).approvedOn(approvedOn)
          .note(note.strip()).contentHash(ruleBase.contentHash(name).orElseThrow()).build());
      out.println("approved: " + name + " (" + ruleBase.contentHash(name).orElseThrow() + ")");
    }
    Path file = directory.resolve(RuleFiles.APPROVALS_FILE);
    Path written = Files.createTempFile(directory, ".approvals-", ".json");
    Files.writeString(written, Approval.fileText(approvals), StandardCharsets.UTF_8);
    Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    // Each name chosen is approved as its text is now; every other interpretation stands as it did.
    long stillAwaiting = ruleBase.unapprovedInterpretations().stream().filter(n -> !chosen.contains(n)).count();
    out.println("wrote " + file + ": " + chosen.size() + " approval(s) by " + approvedBy.strip() + " on "
        + approvedOn + "; " + stillAwaiting + " local interpretation(s) still await approval");
    return EngagementCli.OK;
  }
}
