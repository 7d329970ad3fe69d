package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.model.EngagementJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --config FILE}: every option from a properties file, the command line overriding it. */
class ServeConfigTest {
  @TempDir Path directory;

  @Test
  void configFile_givesTheOptions_andTheCommandLineOverridesThem() throws Exception {
    Path records = directory.resolve("records.jsonl");
    Path config = config("host=0.0.0.0\nport=0\nroster=" + roster() + "\nrecord=" + records + "\nmask-names=true\n"
        + "log-format=text\nmax-connections=50\n");

    CliTestSupport.Run refused = CliTestSupport.run("", "serve", "--config", config.toString());
    assertEquals(EngagementCli.USAGE_OR_RULES, refused.status());
    assertTrue(refused.err().contains("refusing to listen on 0.0.0.0"), "the file's host is used: " + refused.err());

    try (ServeCommand.Running running = ServeCommand.start(
        List.of("--config", config.toString(), "--host", "127.0.0.1"),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      HttpResponse<String> decided = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.server().port() + "/decisions"))
              .header("Content-Type", "application/json")
              .POST(BodyPublishers.ofString(Samples.text("opportunities.jsonl").lines().findFirst().orElseThrow()))
              .build(),
          BodyHandlers.ofString());
      assertEquals(200, decided.statusCode(), decided.body());
    }
    String record = Files.readAllLines(records).get(0);
    assertEquals("***", EngagementJson.parse(record).at("/decision/pointOfContact/name").asText(),
        "the file's --record and --mask-names are used: " + record);
  }

  @Test
  void shippedConfigFile_startsTheService_withItsPathsOverridden() throws Exception {
    Path shipped = Path.of("../deploy/engagement.properties");

    try (ServeCommand.Running running = ServeCommand.start(
        List.of("--config", shipped.toString(), "--port", "0", "--roster", roster().toString(),
            "--record", directory.resolve("records.jsonl").toString(),
            "--access-log", directory.resolve("access.log").toString()),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      assertTrue(running.server().port() > 0);
    }
  }

  @Test
  void unknownOption_inTheConfigFile_isAUsageErrorNamingIt() throws Exception {
    Path config = config("roster=" + roster() + "\nmax-conections=50\n");

    CliTestSupport.Run run = CliTestSupport.run("", "serve", "--config", config.toString());

    assertEquals(EngagementCli.USAGE_OR_RULES, run.status());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("config file '" + config + "': unknown option 'max-conections'"), run.err());
    assertTrue(run.err().contains("max-connections"), "it lists the options: " + run.err());
  }

  @Test
  void missingConfigFile_andMissingRoster_areUsageErrors() {
    CliTestSupport.Run missingFile =
        CliTestSupport.run("", "serve", "--config", directory.resolve("nowhere.properties").toString());
    assertEquals(EngagementCli.USAGE_OR_RULES, missingFile.status());
    assertTrue(missingFile.err().contains("nowhere.properties' does not exist"), missingFile.err());

    CliTestSupport.Run noRoster = CliTestSupport.run("", "serve", "--port", "0");
    assertEquals(EngagementCli.USAGE_OR_RULES, noRoster.status());
    assertTrue(noRoster.err().contains("--roster"), noRoster.err());
  }

  private Path roster() throws Exception {
    return Files.writeString(directory.resolve("roster.json"), Samples.text("roster.json"));
  }

  private Path config(String properties) throws Exception {
    return Files.writeString(directory.resolve("serve.properties"), properties);
  }
}
