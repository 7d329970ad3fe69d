package io.github.engagementrules.examples.cli;

import io.github.engagementrules.examples.records.DecisionRecordReader;
import io.github.engagementrules.examples.report.DecisionTally;
import io.github.engagementrules.examples.report.ReportWriter;
import io.github.engagementrules.model.Roster;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code report}: what was asked and decided over a period, from decision records, as a self-contained HTML page
 * with charts and as CSV files. Reads the records a line at a time: memory holds counters, never the records.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Reports what was asked and decided over a period, from decision records (serve/decide --record): by borough,"
          + " ward, kind and attendance; who was asked to attend or be the contact, by role; referrals and vacancy"
          + " escalations, and whether each vacancy is still open on the roster. Writes report.html (one page that"
          + " needs no network) and one CSV file per table into DIR.",
      "Exit status 0 when every line was a decision record, 1 when some lines were not (they are listed)."
    })
final class ReportCommand implements Callable<Integer> {
  @ParentCommand EngagementCli cli;
  @Spec CommandSpec spec;

  @Option(names = "--records", paramLabel = "FILE", required = true, arity = "1..*",
      description = "decision record files (JSON Lines), in order")
  List<Path> records;

  @Option(names = "--from", paramLabel = "DATE", description = "the first day counted, e.g. 2026-04-01 (default: all)")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "the last day counted, included (default: all)")
  LocalDate to;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "the time zone whose days --from and --to name, e.g. Europe/London (default: ${DEFAULT-VALUE})")
  ZoneId zone = ZoneId.of("UTC");

  @Option(names = "--roster", paramLabel = "ROSTER.json",
      description = "today's roster, to say whether each vacancy escalated is still open (default: unknown)")
  String roster;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "the folder to write the report into")
  Path out;

  @Override
  public Integer call() throws IOException {
    Optional<Roster> today = Optional.ofNullable(roster).map(CliSupport::roster);
    DecisionTally tally;
    try {
      tally = new DecisionTally(Optional.ofNullable(from), Optional.ofNullable(to), zone);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    try (ProgressLine progress = new ProgressLine(cli.err(), "read")) {
      DecisionRecordReader.read(records, new DecisionRecordReader.Handler() {
        @Override
        public void recorded(String where, DecisionRecordReader.Recorded record) {
          tally.add(record);
        }

        @Override
        public void unreadable(String where, String problem) {
          tally.unreadable(where, problem);
        }
      }, progress);
    } catch (NoSuchFileException e) {
      throw new UsageException("record file '" + e.getFile() + "' does not exist");
    }
    List<Path> written = ReportWriter.write(tally, records, today, out);
    cli.out().println("counted " + tally.decisions() + " decisions from " + tally.period() + "; report in "
        + written.get(0));
    if (tally.unreadable() > 0) {
      cli.out().println(tally.unreadable() + " lines are not decision records:");
      tally.unreadableShown().forEach(u -> cli.out().println("  " + u));
      if (tally.unreadable() > tally.unreadableShown().size()) {
        cli.out().println("  and " + (tally.unreadable() - tally.unreadableShown().size()) + " more");
      }
    }
    return tally.unreadable() == 0 ? EngagementCli.OK : EngagementCli.SOME_FAILED;
  }
}
