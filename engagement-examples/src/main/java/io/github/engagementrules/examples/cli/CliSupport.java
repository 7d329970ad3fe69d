package io.github.engagementrules.examples.cli;

import io.github.engagementrules.authoring.Coverage;
import io.github.engagementrules.authoring.DerivedDomain;
import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.DecisionListener;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.JsonLinesDecisionSink;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Loading and options shared by the commands: rosters, rule directories, decision records. */
final class CliSupport {
  private CliSupport() {}

  /** {@code --rules DIR}, repeatable: rule directories instead of the built-in rules. */
  static final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
        description = "a directory of .drl files to decide with instead of the built-in rules (repeatable)")
    List<String> directories = new ArrayList<>();

    /** The rule files of the directories given, or the built-in ones when none is. */
    List<RuleFile> files() {
      return directories.isEmpty()
          ? RuleFiles.builtIn()
          : RuleFiles.fromDirectories(directories.stream().map(Path::of).toList());
    }
  }

  /** {@code --roster ROSTER.json}, required: the roster decisions are made with. */
  static final class RequiredRoster {
    @Option(names = "--roster", required = true, paramLabel = "ROSTER.json", description = "the roster to decide with")
    String file;

    /** The roster, read and checked. */
    Roster load() {
      return roster(file);
    }
  }

  /** {@code --roster FILE}, optional: the roster, else the sample roster shipped in this jar. */
  static final class OptionalRoster {
    @Option(names = "--roster", paramLabel = "ROSTER.json", description = "the roster (default: the sample roster)")
    String file;

    /** The roster given, or the sample roster. */
    Roster load() {
      return file == null ? Samples.roster() : roster(file);
    }
  }

  /**
   * {@code --budget N --strength T --samples N --seed S}: how much of the domain the rules define is decided, by
   * {@code verify} and {@code diff} alike.
   */
  static final class DomainOptions {
    @Option(names = "--budget", paramLabel = "N", description = "enumerate every combination of the classes the"
        + " rules distinguish when there are at most N (default: ${DEFAULT-VALUE}); otherwise a t-way covering array")
    long budget = DerivedDomain.DEFAULT_BUDGET;

    @Option(names = "--strength", paramLabel = "T",
        description = "t of the covering array, 1 to 5 (default: ${DEFAULT-VALUE})")
    int strength = DerivedDomain.DEFAULT_STRENGTH;

    @Option(names = "--samples", paramLabel = "N", description = "seeded random opportunities of the full domain on"
        + " top (default: ${DEFAULT-VALUE})")
    int samples = 10_000;

    @Option(names = "--seed", paramLabel = "S",
        description = "the seed of the random samples (default: ${DEFAULT-VALUE})")
    long seed = 20261202L;

    /**
     * The coverage of {@code domain} these options ask for.
     *
     * @throws ParameterException when an option is out of range
     */
    Coverage coverage(CommandSpec spec, DerivedDomain domain) {
      if (strength < 1 || strength > DerivedDomain.MAX_STRENGTH) {
        throw new ParameterException(spec.commandLine(),
            "--strength must be from 1 to " + DerivedDomain.MAX_STRENGTH + ", got '" + strength + "'");
      }
      if (budget < 1 || samples < 0) {
        throw new ParameterException(spec.commandLine(), "--budget must be positive and --samples not negative");
      }
      return domain.coverage(budget, strength);
    }

    /** One line saying what is decided: the coverage's guarantee and the samples on top. */
    String describe(Coverage coverage) {
      return "domain: " + coverage.guarantee() + "; " + samples + " seeded samples (seed " + seed + ") on top";
    }
  }

  /** {@code --record FILE [--mask-names] [--record-fsync] [--record-rotate-bytes N] [--record-rotate-daily]}. */
  static final class RecordOptions {
    @Option(names = "--record", paramLabel = "FILE", description = "append a JSON Lines record of every decision")
    Path file;

    @Option(names = "--mask-names", description = "mask personal names in the decision records")
    boolean maskNames;

    @Option(names = "--record-fsync",
        description = "force each record to the storage device before its decision is given (survives a power cut)")
    boolean fsync;

    @Option(names = "--record-rotate-bytes", paramLabel = "N",
        description = "start a new record file before one would grow past N bytes (default: 0, never)")
    long rotateBytes;

    @Option(names = "--record-rotate-daily", description = "start a new record file for each day (UTC)")
    boolean rotateDaily;

    /**
     * Opens the sink asked for; records are stamped with the system clock.
     *
     * @throws ParameterException when a record option comes without {@code --record}, or the file cannot be opened
     */
    Recording open(CommandSpec spec) {
      if (file == null) {
        if (maskNames || fsync || rotateBytes != 0 || rotateDaily) {
          throw new ParameterException(spec.commandLine(),
              "--mask-names, --record-fsync, --record-rotate-bytes and --record-rotate-daily need --record FILE");
        }
        return new Recording(null);
      }
      if (rotateBytes < 0) {
        throw new ParameterException(spec.commandLine(),
            "--record-rotate-bytes must be 0 (never) or a positive number of bytes, got '" + rotateBytes + "'");
      }
      try {
        return new Recording(
            JsonLinesDecisionSink.builder(file)
                .clock(Clock.systemUTC())
                .maskNames(maskNames)
                .fsync(fsync)
                .rotateAtBytes(rotateBytes)
                .rotateDaily(rotateDaily)
                .open());
      } catch (NoSuchFileException e) {
        throw new ParameterException(spec.commandLine(),
            "cannot open record file '" + file + "': its directory does not exist");
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), "cannot open record file '" + file + "': " + e.getMessage());
      }
    }
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

    /** The sink, when recording. */
    Optional<JsonLinesDecisionSink> records() {
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
    return rules(roster, ruleDirectories, listener).build();
  }

  /** A builder for a decider over the roster, with the built-in rules or the rules in {@code ruleDirectories}. */
  static EngagementRules.Builder rules(
      Roster roster, List<String> ruleDirectories, Optional<DecisionListener> listener) {
    EngagementRules.Builder builder = EngagementRules.builder().roster(roster);
    ruleDirectories.forEach(d -> builder.ruleDirectory(Path.of(d)));
    listener.ifPresent(builder::decisionListener);
    return builder;
  }

  /**
   * Checks that an option's value is a positive whole number.
   *
   * @throws ParameterException when it is not
   */
  static int positive(CommandSpec spec, String option, int value) {
    if (value < 1) {
      throw new ParameterException(
          spec.commandLine(), option + " must be a positive whole number, got '" + value + "'");
    }
    return value;
  }
}
