package io.github.engagementrules.examples.cli;

import io.github.engagementrules.examples.records.BatchDecider;
import io.github.engagementrules.examples.records.RecordReader;
import io.github.engagementrules.model.PublicAnswer;
import io.github.engagementrules.model.PublicContact;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code decide}: reads opportunities (a JSON array or JSON Lines, UTF-8) and writes one JSON line per record, in
 * input order: the decision (with {@code --audience public}, the public answer, as JSON or with {@code --format text}
 * as plain text), or {@code {"index", "opportunityId", "error", "code"}} for a record that could not be decided.
 */
@Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    description = {
      "Decides opportunities, one JSON line each, in input order.",
      "Reads a JSON array or JSON Lines (UTF-8) from FILE, or standard input for '-' or no FILE. A record that cannot"
          + " be decided gets {\"index\", \"opportunityId\", \"error\", \"code\"} on its line; the rest are still"
          + " decided. Exit status 1 when some records were invalid."
    })
final class DecideCommand implements Callable<Integer> {
  @ParentCommand EngagementCli cli;
  @Spec CommandSpec spec;

  @Mixin CliSupport.RequiredRoster roster;

  @Mixin CliSupport.RuleOptions rules;
  @Mixin CliSupport.RecordOptions record;

  @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "the opportunities (default: standard input)")
  String input = "-";

  /** Whom the output is for. */
  enum Audience {
    /** The decision, as the force records it. */
    FORCE,
    /** The answer for the person who invited the police ({@link io.github.engagementrules.rules.PublicAnswers}). */
    PUBLIC
  }

  /** How the output is written. */
  enum Format {
    /** One JSON line per record. */
    JSON,
    /** Each public answer as plain text. */
    TEXT
  }

  @Option(names = "--audience", paramLabel = "force|public",
      description = "force (default): the decision, as the force records it; public: the answer for the person who"
          + " invited the police, in plain English, naming no one but the ward's PCSO (or whom the roster's"
          + " publiclyNamedRoles names)")
  Audience audience = Audience.FORCE;

  @Option(names = "--format", paramLabel = "json|text",
      description = "json (default): one JSON line per record; text: each public answer as plain text (only with"
          + " --audience public)")
  Format format = Format.JSON;

  @Override
  public Integer call() throws IOException {
    if (format == Format.TEXT && audience == Audience.FORCE) {
      throw new UsageException("--format text is for --audience public; decisions are written as JSON");
    }
    Roster loaded = roster.load();
    try (CliSupport.Recording recording = record.open(spec);
        InputStream source = open()) {
      return decideAll(CliSupport.decider(loaded, rules.directories, recording.listener()), source);
    }
  }

  private int decideAll(EngagementDecider decider, InputStream source) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(cli.out(), StandardCharsets.UTF_8));
    int[] failed = {0};
    BatchDecider batch = audience == Audience.PUBLIC ? BatchDecider.forPublic(decider) : new BatchDecider(decider);
    try {
      RecordReader.read(
          source,
          input -> {
            BatchDecider.Outcome outcome = batch.decide(input);
            if (outcome.failed()) {
              failed[0]++;
            }
            try {
              writer.write(format == Format.TEXT ? text(input.index(), outcome) : outcome.line());
              writer.write('\n');
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } finally {
      writer.flush();
    }
    return failed[0] == 0 ? EngagementCli.OK : EngagementCli.SOME_FAILED;
  }

  /** A public answer as plain text: its summary, why, who to contact and how, and what to do in an emergency. */
  private static String text(int index, BatchDecider.Outcome outcome) {
    if (outcome.failed()) {
      return "Record " + index + ": " + outcome.error().path("error").asText() + " ("
          + outcome.error().path("code").asText() + ")\n";
    }
    PublicAnswer answer = outcome.publicAnswer();
    StringBuilder text = new StringBuilder(answer.opportunityId()).append(": ").append(answer.summary()).append('\n');
    answer.details().forEach(detail -> text.append("  ").append(detail).append('\n'));
    for (PublicContact contact : answer.contacts()) {
      text.append("  ").append(contact.description()).append(": ");
      contact.name().ifPresent(name -> text.append(name).append(". "));
      text.append(contact.how()).append('\n');
    }
    return text.append("  ").append(answer.emergencyAdvice()).append('\n').toString();
  }

  private InputStream open() throws IOException {
    if (input.equals("-")) {
      return cli.in();
    }
    try {
      return Files.newInputStream(Path.of(input));
    } catch (NoSuchFileException e) {
      throw new UsageException("input file '" + input + "' does not exist");
    }
  }
}
