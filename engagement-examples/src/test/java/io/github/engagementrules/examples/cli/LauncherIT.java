package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code src/bin/engagement}, the launcher with a class data sharing archive and the JIT's first tier, against {@code
 * java -jar} of the same packaged jar: the same output and exit status, an archive made once in the cache folder.
 */
class LauncherIT {
  private static final Path JAR = Path.of("target/engagement-cli.jar").toAbsolutePath();
  private static final Path LAUNCHER = Path.of("src/bin/engagement");
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private record Result(int status, String out, String err) {}

  @TempDir Path cache;

  private Result run(Map<String, String> environment, String... command) throws Exception {
    Path out = Files.createTempFile(cache, "out", ".txt");
    Path err = Files.createTempFile(cache, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("ENGAGEMENT_JAR", JAR.toString());
    builder.environment().put("JAVA", JAVA);
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertTrue(process.waitFor(3, TimeUnit.MINUTES), "finished: " + List.of(command));
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Result launcher(Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
    command.addAll(List.of(args));
    return run(environment, command.toArray(String[]::new));
  }

  private Result jar(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(Map.of(), command.toArray(String[]::new));
  }

  @Test
  void launcher_decidesAndFailsAsTheJarDoes_withOneArchiveInTheCache() throws Exception {
    String[] decide = {"decide", "--roster", "src/main/resources/samples/roster.json",
        "src/main/resources/samples/opportunities.jsonl"};
    Result expected = jar(decide);
    Result first = launcher(Map.of(), decide);
    Result second = launcher(Map.of(), decide);

    assertEquals(0, expected.status(), expected.err());
    assertEquals(expected, first);
    assertEquals(expected, second);
    try (var files = Files.list(cache.resolve("engagement-rules"))) {
      assertEquals(1, files.filter(f -> f.getFileName().toString().matches("cds-\\d+\\.jsa")).count());
    }
    Result mistyped = jar("decid");
    assertEquals(2, mistyped.status());
    assertEquals(mistyped, launcher(Map.of(), "decid"));
  }

  @Test
  void launcher_withoutTheArchive_andWithMoreJavaOptions_decidesTheSame() throws Exception {
    String[] validate = {"validate"};
    Result expected = jar(validate);

    Result plain = launcher(Map.of("ENGAGEMENT_CDS", "off", "ENGAGEMENT_JAVA_OPTIONS", "-XX:TieredStopAtLevel=4"),
        validate);

    assertEquals(expected, plain);
    assertTrue(Files.notExists(cache.resolve("engagement-rules")), "no archive is made when it is off");
  }

  @Test
  void launcher_withoutTheJar_saysHowToBuildIt() throws Exception {
    Result missing = launcher(Map.of("ENGAGEMENT_JAR", cache.resolve("none.jar").toString()), "--version");

    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("not found: build it with mvn -B -ntp package -DskipTests"), missing.err());
  }
}
