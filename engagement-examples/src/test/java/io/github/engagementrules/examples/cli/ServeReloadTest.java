package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.examples.Schemas;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.rules.EngagementRules;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} follows the force: an edited roster file is picked up without a restart, an invalid one keeps the
 * last good roster and {@code GET /status} says why; with {@code --rules}, a good rule edit is picked up and a broken
 * one keeps the last good rules. What SIGHUP does ({@link ServeCommand.Running#reload()}) is checked here too; that
 * the signal reaches it is checked on the packaged jar ({@code CliJarIT}).
 */
class ServeReloadTest {
  private static final String MEETING = ServiceUnderTest.MEETING;

  @TempDir Path directory;

  private final List<ServiceUnderTest> started = new ArrayList<>();
  private ServiceUnderTest service;

  @AfterEach
  void stop() {
    started.forEach(ServiceUnderTest::close);
  }

  @Test
  void editedRoster_isUsedWithoutARestart_andDecisionsNameItsVersion() throws Exception {
    start();
    Path roster = directory.resolve("roster.json");
    JsonNode before = decide();
    String contact = before.at("/pointOfContact/id").asText();
    assertFalse(contact.isEmpty(), before.toString());
    String moved = Samples.text("roster.json").replace("\"" + contact + "\"", "\"OFFICER-9001\"");

    replace(roster, moved);
    JsonNode status = awaitStatus(s -> !s.get("rosterVersion").equals(before.get("rosterVersion")));

    JsonNode after = decide();
    assertEquals("OFFICER-9001", after.at("/pointOfContact/id").asText());
    assertEquals(
        EngagementJson.toJson(
            EngagementRules.builder().roster(EngagementJson.readRoster(moved)).build()
                .decide(EngagementJson.readOpportunity(MEETING))),
        after);
    assertEquals(status.get("rosterVersion"), after.get("rosterVersion"));
    assertEquals("LOADED", status.at("/reloads/roster/outcome").asText());
    assertEquals(before.get("ruleBaseVersion"), after.get("ruleBaseVersion"));
  }

  @Test
  void invalidRoster_keepsTheLastGoodOne_andStatusSaysWhy() throws Exception {
    start();
    Path roster = directory.resolve("roster.json");
    JsonNode before = decide();

    replace(roster, Samples.text("roster.json").replace("\"name\": \"Farnham Castle\"", "\"name\": \"  \""));
    JsonNode status = awaitStatus(s -> s.at("/reloads/roster/outcome").asText().equals("REJECTED"));

    String problem = status.at("/reloads/roster/problem").asText();
    assertTrue(problem.startsWith("roster file '" + roster + "': "), problem);
    assertTrue(problem.contains("wards[0].name"), problem);
    assertEquals(before.get("rosterVersion"), status.get("rosterVersion"));
    assertEquals(before.get("rosterVersion").asText(), status.at("/reloads/roster/version").asText());
    assertEquals(before, decide(), "decisions go on with the last good roster");
  }

  @Test
  void reload_asOnSighup_readsTheRosterAgain_evenUnchanged() throws Exception {
    ServeCommand.Running running = start();
    JsonNode before = decide();

    running.reload();

    JsonNode status = status();
    assertEquals("UNCHANGED", status.at("/reloads/roster/outcome").asText());
    assertEquals(before.get("rosterVersion"), status.get("rosterVersion"));
    assertFalse(status.get("reloads").has("rules"), "the built-in rules are not reloaded: " + status);
  }

  @Test
  void ruleDirectories_areReloaded_keepingTheLastGoodRulesWhenAnEditIsBroken() throws Exception {
    Path rules = CliTestSupport.copyBuiltInRules(directory, "rules");
    start("--rules", rules.toString());
    JsonNode before = decide();

    Files.writeString(rules.resolve("schools-youth-worship.drl"), "\n// reviewed\n", StandardOpenOption.APPEND);
    // The watcher puts the new rules in use, then tells the service, which records the reload: wait for both.
    JsonNode edited = awaitStatus(s -> !s.get("ruleBaseVersion").equals(before.get("ruleBaseVersion"))
        && s.get("ruleBaseVersion").equals(s.at("/reloads/rules/version")));
    assertEquals("LOADED", edited.at("/reloads/rules/outcome").asText());
    assertEquals(edited.get("ruleBaseVersion"), decide().get("ruleBaseVersion"));

    Files.writeString(rules.resolve("broken.drl"), "package test;\n\nrule \"Broken\"\nwhen\n  Opportunity(\nthen\nend\n");
    JsonNode broken = awaitStatus(s -> s.at("/reloads/rules/outcome").asText().equals("REJECTED"));
    assertTrue(broken.at("/reloads/rules/problem").asText().matches("(?s).*broken\\.drl:\\d+:\\d+: .*"),
        broken.toString());
    assertEquals(edited.get("ruleBaseVersion"), broken.get("ruleBaseVersion"));
    JsonNode after = decide();
    assertEquals(edited.get("ruleBaseVersion"), after.get("ruleBaseVersion"));
    assertNotEquals(before.get("ruleBaseVersion"), after.get("ruleBaseVersion"));
  }

  /** Replaces the file as configuration tools do: a new file renamed over the old one. */
  private void replace(Path file, String content) throws IOException {
    Path next = Files.writeString(directory.resolve(file.getFileName() + ".next"), content);
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private ServeCommand.Running start(String... args) throws Exception {
    service = ServiceUnderTest.start(directory, args);
    started.add(service);
    return service.running();
  }

  private JsonNode decide() throws IOException, InterruptedException {
    HttpResponse<String> response = service.post(MEETING, "application/json");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode decision = EngagementJson.parse(response.body());
    Schemas.assertValid(Schemas.DECISION, decision);
    return decision;
  }

  private JsonNode status() throws IOException, InterruptedException {
    HttpResponse<String> response = service.get("status");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode status = EngagementJson.parse(response.body());
    Schemas.assertValid(Schemas.STATUS, status);
    return status;
  }

  /** Polls {@code GET /status} until it shows what the test waits for; fails after 30 seconds. */
  private JsonNode awaitStatus(Predicate<JsonNode> condition) throws Exception {
    long deadline = System.nanoTime() + ServiceUnderTest.TIMEOUT.toNanos();
    JsonNode status = status();
    while (!condition.test(status)) {
      if (System.nanoTime() > deadline) {
        fail("the service never showed the change; last status: " + status);
      }
      Thread.sleep(100);
      status = status();
    }
    return status;
  }
}
