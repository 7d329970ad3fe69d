package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged engagement-cli.jar as a user would, with {@code java -jar}, after {@code mvn package}. */
class CliJarIT {
  private static final Path JAR = Path.of("target/engagement-cli.jar");

  private record Result(int status, String out) {}

  private static Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("engagement-cli", ".out");
    Process process =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the jar finished");
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    return new Result(process.exitValue(), printed);
  }

  @Test
  void packagedJar_runsTheDemo() throws Exception {
    Result demo = java("demo");

    assertEquals(0, demo.status());
    assertTrue(demo.out().contains("opp-017"), demo.out());
  }

  @Test
  void packagedJar_decidesTheSamplesWithAnErrorLinePerBadRecord() throws Exception {
    Result decide =
        java("decide", "--roster", "src/main/resources/samples/roster.json",
            "src/main/resources/samples/bad-opportunities.jsonl");

    assertEquals(1, decide.status());
    assertEquals(6, decide.out().split("\n").length, decide.out());
  }
}
