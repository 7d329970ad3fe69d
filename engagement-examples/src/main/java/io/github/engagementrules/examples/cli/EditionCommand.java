package io.github.engagementrules.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.authoring.Validation;
import io.github.engagementrules.rules.Edition;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code edition}: starts a new edition of a guide at its review: a copy of an edition's folder (the built-in one by
 * default) with a new {@code edition.json} and no approvals, ready to be revised, checked and approved.
 */
@Command(
    name = "edition",
    mixinStandardHelpOptions = true,
    description = {
      "Starts a new edition at the yearly review: copies an edition (the built-in one unless --from DIR) into a new"
          + " folder with a new edition.json (name, in force from, review due) and no approvals: the policy owner"
          + " approves the new edition's interpretations anew.",
      "Exit status 0 when the folder was written, 1 when the edition copied has errors, 2 for a wrong option."
    })
final class EditionCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParentCommand EngagementCli cli;
  @Spec CommandSpec spec;

  @Option(names = "--from", paramLabel = "DIR", description = "the edition to start from (default: the built-in one)")
  Path from;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "the new edition's folder (must not"
      + " exist, or be empty)")
  Path out;

  @Option(names = "--edition", required = true, paramLabel = "NAME", description = "the new edition's name, such as"
      + " 2027")
  String name;

  @Option(names = "--in-force-from", required = true, paramLabel = "DATE", description = "its first day, such as"
      + " 2027-04-01")
  LocalDate inForceFrom;

  @Option(names = "--review-due", paramLabel = "DATE", description = "when its review is due (default: a year after"
      + " --in-force-from)")
  LocalDate reviewDue;

  @Option(names = "--policy-owner", paramLabel = "POST", description = "the post that owns it (default: the previous"
      + " edition's)")
  String policyOwner;

  @Override
  public Integer call() throws IOException {
    PrintStream console = cli.out();
    RuleBaseValidation previous = from == null ? Validation.ofBuiltIn() : Validation.of(List.of(from));
    if (!previous.errors().isEmpty()) {
      previous.errors().forEach(console::println);
      console.println("NOT STARTED: the edition to start from has " + previous.errors().size() + " error(s)");
      return EngagementCli.SOME_FAILED;
    }
    if (Files.exists(out) && (!Files.isDirectory(out) || Files.list(out).findAny().isPresent())) {
      throw new ParameterException(spec.commandLine(), "--out: '" + out + "' exists and is not an empty folder");
    }
    Edition old = previous.ruleBase().orElseThrow().edition().orElseThrow(() -> new ParameterException(
        spec.commandLine(), "--from: '" + from + "' has no " + RuleFiles.EDITION_FILE + " to start from"));
    LocalDate due = reviewDue == null ? inForceFrom.plusYears(1) : reviewDue;
    Edition next = Edition.builder().force(old.force()).guide(old.guide()).edition(name.strip()).inForceFrom(inForceFrom).reviewDue(due)
        .policyOwner(policyOwner == null ? old.policyOwner() : policyOwner.strip()).build();
    Files.createDirectories(out);
    List<RuleFile> files = DiffCommand.files(from == null ? DiffCommand.BUILT_IN : from.toString());
    int copied = 0;
    for (RuleFile file : files) {
      Path relative = from == null
          ? Path.of(file.name().substring(RuleFiles.BUILT_IN_FOLDER.length()))
          : from.relativize(Path.of(file.name()));
      String base = relative.getFileName().toString();
      if (base.equals(RuleFiles.EDITION_FILE) || base.equals(RuleFiles.APPROVALS_FILE)) {
        continue;
      }
      Path target = out.resolve(relative);
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.content(), StandardCharsets.UTF_8);
      copied++;
    }
    ObjectNode edition = JSON.createObjectNode()
        .put("force", next.force())
        .put("guide", next.guide())
        .put("edition", next.edition())
        .put("inForceFrom", next.inForceFrom().toString())
        .put("reviewDue", next.reviewDue().toString())
        .put("policyOwner", next.policyOwner());
    Files.writeString(out.resolve(RuleFiles.EDITION_FILE),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(edition) + "\n", StandardCharsets.UTF_8);
    console.println("started " + next.label() + " in " + out + ": " + copied + " file(s) copied from "
        + old.label() + ", in force from " + next.inForceFrom() + ", review due " + next.reviewDue());
    console.println("next: revise " + out.resolve(RuleFiles.GUIDE_FILE) + " and the rules; 'engagement validate"
        + " --rules " + out + "'; 'engagement diff --rules OLD --rules " + out + "'; 'engagement approve --rules "
        + out + " ...'; 'engagement book --rules " + out + " --out BOOK'");
    return EngagementCli.OK;
  }
}
