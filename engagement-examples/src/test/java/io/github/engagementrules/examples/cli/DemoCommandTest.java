package io.github.engagementrules.examples.cli;

import static io.github.engagementrules.examples.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo explains every shipped sample in plain language. */
class DemoCommandTest {
  @Test
  void demo_explainsEverySampleWithItsGuideSections() {
    CliTestSupport.Run result = run("", "demo");

    assertEquals(0, result.status(), result.err());
    for (int i = 1; i <= 17; i++) {
      assertTrue(result.out().contains(String.format("opp-%03d  ", i)), "sample " + i);
    }
    assertTrue(result.out().contains("decision:   REDIRECT (COMMUNITY_ENGAGEMENT_VOLUNTEER)"), result.out());
    assertTrue(result.out().contains("escalate:   IMMEDIATE to DUTY_INSPECTOR"), result.out());
    assertTrue(result.out().contains("[Attendance at Community Meetings]"), result.out());
  }

  @Test
  void help_listsTheCommands() {
    CliTestSupport.Run result = run("", "help");

    assertEquals(0, result.status());
    for (String command : List.of("demo", "decide", "validate", "test", "verify", "diff", "serve")) {
      assertTrue(result.out().contains("  " + command + " "), command + " in\n" + result.out());
    }
  }
}
