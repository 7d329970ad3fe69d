package io.github.engagementrules.examples;

import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.DecisionListener;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.JsonLinesDecisionSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Loading shared by the commands: rosters, rule directories, sample data. */
final class CliSupport {
  /** The switches of {@code --record FILE [--mask-names]}, for commands that can record their decisions. */
  static final Set<String> RECORD_SWITCHES = Set.of("mask-names");

  private CliSupport() {}

  /**
   * Reads a roster file.
   *
   * @throws UsageException when the file is missing or not a valid roster, naming the file and the field
   */
  static Roster roster(String file) {
    try {
      return EngagementJson.readRoster(Files.readString(Path.of(file), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new UsageException("roster file '" + file + "' does not exist");
    } catch (IOException e) {
      throw new UsageException("cannot read roster file '" + file + "': " + e.getMessage());
    } catch (EngagementException e) {
      throw new UsageException("roster file '" + file + "': " + e.getMessage());
    }
  }

  /** A decider over the roster, with the built-in rules or the rules in {@code ruleDirectories}. */
  static EngagementDecider decider(Roster roster, List<String> ruleDirectories) {
    return decider(roster, ruleDirectories, Optional.empty());
  }

  /** A decider as {@link #decider(Roster, List)}, telling {@code listener}, if any, about each decision. */
  static EngagementDecider decider(Roster roster, List<String> ruleDirectories, Optional<DecisionListener> listener) {
    EngagementRules.Builder builder = EngagementRules.builder().roster(roster);
    ruleDirectories.forEach(d -> builder.ruleDirectory(Path.of(d)));
    listener.ifPresent(builder::decisionListener);
    return builder.build();
  }

  /** {@code valued} together with {@code record}, the valued option of decision recording. */
  static Set<String> withRecordOptions(String... valued) {
    Set<String> options = new HashSet<>(Arrays.asList(valued));
    options.add("record");
    return options;
  }

  /**
   * Decision recording as asked for by {@code --record FILE [--mask-names]}: a JSON Lines sink, or none.
   *
   * @param sink the open sink, or {@code null} when no recording was asked for
   */
  record Recording(JsonLinesDecisionSink sink) implements AutoCloseable {
    /** The listener to give the decider, when recording. */
    Optional<DecisionListener> listener() {
      return Optional.ofNullable(sink);
    }

    @Override
    public void close() throws IOException {
      if (sink != null) {
        sink.close();
      }
    }
  }

  /**
   * Opens the sink asked for by {@code --record FILE [--mask-names]}; records are stamped with the system clock.
   *
   * @throws UsageException when {@code --mask-names} comes without {@code --record}, or the file cannot be opened
   */
  static Recording recording(Arguments args) {
    Optional<String> file = args.optional("record");
    if (file.isEmpty()) {
      if (args.flag("mask-names")) {
        throw new UsageException("--mask-names needs --record FILE");
      }
      return new Recording(null);
    }
    try {
      return new Recording(JsonLinesDecisionSink.open(Path.of(file.get()), Clock.systemUTC(), args.flag("mask-names")));
    } catch (IOException e) {
      throw new UsageException("cannot open record file '" + file.get() + "': " + e);
    }
  }

  /** A sample file shipped in this jar under {@code samples/}. */
  static String sample(String name) {
    try (InputStream in = CliSupport.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("sample " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
