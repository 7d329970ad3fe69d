package io.github.engagementrules.examples;

import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Loading shared by the commands: rosters, rule directories, sample data. */
final class CliSupport {
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

  /** The roster in {@code file} when one is given, else the sample roster shipped in this jar. */
  static Roster rosterOrSample(Optional<String> file) {
    return file.map(CliSupport::roster).orElseGet(() -> EngagementJson.readRoster(sample("roster.json")));
  }

  /** A decider over the roster, with the built-in rules or the rules in {@code ruleDirectories}. */
  static EngagementDecider decider(Roster roster, List<String> ruleDirectories) {
    EngagementRules.Builder builder = EngagementRules.builder().roster(roster);
    ruleDirectories.forEach(d -> builder.ruleDirectory(Path.of(d)));
    return builder.build();
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
