package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code src/bin/engagement}, the launcher with a class data sharing archive and the JIT's first tier, against {@code
 * java -jar} of the same packaged jar: the same output and exit status, an archive made once in the cache folder.
 */
class LauncherIT {
  private static final Path BUILT_JAR = Path.of("target/engagement-cli.jar").toAbsolutePath();
  private static final Path LAUNCHER = Path.of("src/bin/engagement");
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private record Result(int status, String out, String err) {}

  @TempDir Path cache;
  /** A copy of the built jar beside its libraries, whose modification time a test may change. */
  private Path jar;

  @BeforeEach
  void copyTheJar() throws IOException {
    jar = Files.copy(BUILT_JAR, cache.resolve("engagement-cli.jar"));
    Files.createSymbolicLink(cache.resolve("lib"), BUILT_JAR.resolveSibling("lib"));
  }

  private Result run(Map<String, String> environment, String... command) throws Exception {
    Path out = Files.createTempFile(cache, "out", ".txt");
    Path err = Files.createTempFile(cache, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("ENGAGEMENT_JAR", jar.toString());
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
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", jar.toString()));
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
  void launcher_afterARebuildOfTheSameBytes_usesAnArchiveTheJvmAccepts() throws Exception {
    String[] version = {"--version"};
    Result expected = jar(version);
    assertEquals(0, expected.status(), expected.err());
    assertEquals(expected, launcher(Map.of(), version));

    // A rebuild gives a jar of the same bytes and a new time; the JVM refuses an archive made for the old time.
    Files.setLastModifiedTime(jar, FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusSeconds(3600)));
    Result strict = launcher(Map.of("ENGAGEMENT_JAVA_OPTIONS", "-Xshare:on"), version); // fails on a refused archive

    assertEquals(expected, strict);
    try (var files = Files.list(cache.resolve("engagement-rules"))) {
      assertEquals(2, files.count(), "an archive for each modification time of the jar");
    }
  }

  @Test
  void launcher_withoutTheArchive_andWithMoreJavaOptions_decidesTheSame() throws Exception {
    String[] validate = {"validate"};
    Result expected = jar(validate);
    assertEquals(0, expected.status(), expected.err());

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
