package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Runs the CLI in-process and captures what it prints. */
final class CliTestSupport {
  static final Path SAMPLES = Path.of("src/main/resources/samples");
  static final String ROSTER = SAMPLES.resolve("roster.json").toString();

  private CliTestSupport() {}

  /** Copies the built-in rule files into a new folder {@code name} under {@code parent}, to edit them. */
  static Path copyBuiltInRules(Path parent, String name) throws IOException {
    Path directory = Files.createDirectories(parent.resolve(name));
    for (RuleFile source : RuleFiles.builtIn()) {
      Files.writeString(directory.resolve(Path.of(source.name()).getFileName()), source.content());
    }
    return directory;
  }

  /** Replaces {@code text} in {@code file}, failing when the file does not hold it. */
  static void edit(Path file, String text, String replacement) throws IOException {
    String content = Files.readString(file);
    assertTrue(content.contains(text), () -> "'" + text + "' is not in " + file);
    Files.writeString(file, content.replace(text, replacement));
  }

  /**
   * What one run of the tool did.
   *
   * @param status the exit status
   * @param out standard output
   * @param err standard error
   */
  record Run(int status, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }
  }

  static Run run(String stdin, String... args) {
    return run(false, stdin, args);
  }

  /** Runs the tool as if a person sat at a terminal, answering its questions with {@code stdin}. */
  static Run runAtTerminal(String stdin, String... args) {
    return run(true, stdin, args);
  }

  private static Run run(boolean terminal, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new EngagementCli()
            .run(
                args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                terminal);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
