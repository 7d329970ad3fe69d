package io.github.engagementrules.examples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code decide}: reads opportunities (a JSON array or JSON Lines) and writes one JSON line per record, in input
 * order: the decision, or {@code {"index", "opportunityId", "error", "code"}} for a record that could not be decided.
 */
final class DecideCommand implements Command {
  @Override
  public String name() {
    return "decide";
  }

  @Override
  public String usage() {
    return "decide --roster ROSTER.json [--rules DIR]... [--record FILE [--mask-names]] [FILE|-]"
        + "   decide opportunities, one JSON line each";
  }

  @Override
  public int run(List<String> rawArgs, InputStream in, PrintStream out, PrintStream err) throws IOException {
    Arguments args =
        Arguments.parse(rawArgs, CliSupport.withRecordOptions("roster", "rules"), CliSupport.RECORD_SWITCHES);
    if (args.positional().size() > 1) {
      throw new UsageException("give at most one input file");
    }
    String input = args.positional().isEmpty() ? "-" : args.positional().get(0);
    Roster roster = CliSupport.roster(args.required("roster"));
    try (CliSupport.Recording recording = CliSupport.recording(args)) {
      return decideAll(CliSupport.decider(roster, args.all("rules"), recording.listener()), input, in, out);
    }
  }

  private static int decideAll(EngagementDecider decider, String input, InputStream in, PrintStream out)
      throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    int[] failed = {0};
    Set<String> seenIds = new SeenIds(); // fingerprints: a stream of any length stays within a small heap
    try (Reader reader = open(input, in)) {
      RecordReader.read(
          reader,
          record -> {
            Outcome outcome = decide(decider, record, seenIds);
            if (outcome.failed()) {
              failed[0]++;
            }
            try {
              writer.write(outcome.line());
              writer.write('\n');
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } finally {
      writer.flush();
    }
    return failed[0] == 0 ? OK : SOME_FAILED;
  }

  private static Reader open(String input, InputStream in) throws IOException {
    if (input.equals("-")) {
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    try {
      return Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException("input file '" + input + "' does not exist");
    }
  }

  /**
   * The output for one record.
   *
   * @param json the decision, or the error
   * @param failed whether the record could not be decided
   */
  record Outcome(ObjectNode json, boolean failed) {
    /** The outcome as one line of JSON. */
    String line() {
      return EngagementJson.write(json);
    }
  }

  /** The outcome for one record: its decision, or its error. */
  static Outcome decide(EngagementDecider decider, RecordReader.Input record, Set<String> seenIds) {
    if (record.error() != null) {
      return error(record.index(), null, record.error());
    }
    String id = EngagementJson.peekId(record.json()).orElse(null);
    try {
      Opportunity opportunity = EngagementJson.readOpportunity(record.json());
      if (!seenIds.add(opportunity.id())) {
        throw new EngagementException(
            ErrorCode.DUPLICATE_ID, "id", "'" + opportunity.id() + "' is used by an earlier record of this batch");
      }
      Decision decision = decider.decide(opportunity);
      return new Outcome(EngagementJson.toJson(decision), false);
    } catch (EngagementException e) {
      return error(record.index(), id, e);
    }
  }

  private static Outcome error(int index, String opportunityId, EngagementException e) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("index", index);
    line.put("opportunityId", opportunityId);
    line.put("error", e.getMessage());
    line.put("code", e.code().code());
    return new Outcome(line, true);
  }
}
