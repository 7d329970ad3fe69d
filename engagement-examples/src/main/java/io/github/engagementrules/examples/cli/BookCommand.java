package io.github.engagementrules.examples.cli;

import io.github.engagementrules.authoring.DiffReport;
import io.github.engagementrules.authoring.PolicyBook;
import io.github.engagementrules.authoring.Scenarios;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.CompiledRules;
import io.github.engagementrules.rules.RuleCompilation;
import io.github.engagementrules.rules.RuleFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code book}: writes an edition as a policy book its owners can read and certify, as HTML (self-contained, with a
 * print stylesheet) and PDF.
 */
@Command(
    name = "book",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the policy book of an edition (the built-in one unless --rules DIR): the guide's text with the rules"
          + " that implement it in plain words, each local interpretation with its approval, worked examples from"
          + " scenarios, what no rule implements, the precedence and the edition's dates; with --against OLD, what"
          + " changed since the older edition. Output: DIR/book.html (self-contained, prints well) and DIR/book.pdf.",
      "Exit status 0 when the book was written, 1 when the rules have errors."
    })
final class BookCommand implements Callable<Integer> {
  @ParentCommand EngagementCli cli;
  @Spec CommandSpec spec;
  @Mixin CliSupport.RuleOptions rules;
  @Mixin CliSupport.OptionalRoster roster;
  @Mixin CliSupport.DomainOptions domainOptions;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write the book into")
  Path out;

  @Option(names = "--against", paramLabel = "OLD", description = "an older edition's folder, or 'builtin': show what"
      + " changed since")
  Path against;

  @Option(names = "--scenarios", paramLabel = "PATH", arity = "1..*",
      description = "scenario files or folders whose decisions are shown as worked examples")
  List<Path> scenarios = List.of();

  @Override
  public Integer call() throws IOException {
    PrintStream console = cli.out();
    List<RuleFile> files = rules.files();
    RuleCompilation compilation = CompiledRules.compile(files);
    if (compilation.rules().isEmpty()) {
      compilation.errors().forEach(console::println);
      console.println("NO BOOK: the rules have " + compilation.errors().size() + " error(s)");
      return EngagementCli.SOME_FAILED;
    }
    CompiledRules edition = compilation.rules().get();
    Roster loaded = roster.load();
    PolicyBook.Builder book =
        PolicyBook.of(edition.info()).examples(Scenarios.read(scenarios, loaded), edition.decider(loaded));
    if (against != null) {
      List<RuleFile> olderFiles = DiffCommand.files(against.toString());
      RuleCompilation older = CompiledRules.compile(olderFiles);
      if (older.rules().isEmpty()) {
        older.errors().forEach(console::println);
        console.println("NO BOOK: the older edition " + against + " has " + older.errors().size() + " error(s)");
        return EngagementCli.SOME_FAILED;
      }
      DiffReport diff = DiffCommand.overDerivedDomain(spec, domainOptions, olderFiles,
          older.rules().get().decider(loaded), files, edition.decider(loaded), loaded, cli.err(), cli.err());
      book.against(older.rules().get().info(), diff);
    }
    List<Path> written = book.build().writeTo(out);
    console.println("wrote the policy book of " + edition.info().edition().map(e -> e.label())
        .orElse("rule base " + edition.info().version()) + ": " + written.get(0) + " and " + written.get(1));
    return EngagementCli.OK;
  }
}
