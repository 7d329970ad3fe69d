package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The yearly review's edit of issue 21 on a copy of the built-in rules: "briefings for councillors will be given by"
 * another post, changed in the councillors' briefing rule alone.
 */
final class CouncillorEdit {
  static final String RULE = "Briefing with a policing purpose for councillors is given by the Neighbourhood Inspector";
  private static final String ATTENDS_NEIGHBOURHOOD_INSPECTOR =
      "insert(AttendanceRuling.attend(Role.NEIGHBOURHOOD_INSPECTOR));\nend\n\nrule \"Briefing for elected";

  private CouncillorEdit() {}

  /** A copy of the built-in rules in {@code directory}, untouched. */
  static Path copy(Path directory) throws IOException {
    Files.createDirectories(directory);
    for (RuleFile source : RuleFiles.builtIn()) {
      Files.writeString(directory.resolve(Path.of(source.name()).getFileName()), source.content());
    }
    return directory;
  }

  /** A copy of the built-in rules in which councillors are briefed by {@code role} (a {@code Role} constant). */
  static Path briefedBy(Path directory, String role) throws IOException {
    copy(directory);
    Path file = directory.resolve("elected-members.drl");
    String drl = Files.readString(file);
    assertTrue(drl.contains(ATTENDS_NEIGHBOURHOOD_INSPECTOR), "the councillors' briefing rule is where it was");
    Files.writeString(file, drl.replace(ATTENDS_NEIGHBOURHOOD_INSPECTOR,
        ATTENDS_NEIGHBOURHOOD_INSPECTOR.replace("NEIGHBOURHOOD_INSPECTOR", role)));
    return directory;
  }
}
