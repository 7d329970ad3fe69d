package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code test --accept}: an intended change is shown field by field and written only when confirmed or named. */
class AcceptCommandTest {
  private static final String CHANGED = "councillors briefed by the Neighbourhood Inspector";
  private static final String SCENARIOS = """
      [
        {
          "name": "%s",
          "opportunity": {"kind": "ELECTED_MEMBER_BRIEFING", "borough": "Waverley", "ward": "Farnham Castle",
                          "purposes": ["CHRONIC_ISSUE"], "stakeholders": [{"type": "LOCAL_COUNCILLOR"}]},
          "expect": {
            "attendee": "NEIGHBOURHOOD_INSPECTOR",
            "firedRules": [
              "%s"
            ]
          }
        },
        {
          "name": "a briefing without a purpose is referred",
          "opportunity": {"kind": "ELECTED_MEMBER_BRIEFING", "borough": "Waverley", "ward": "Farnham Castle"},
          "expect": {"attendance": "REFER"}
        }
      ]
      """.formatted(CHANGED, CouncillorEdit.RULE);
  @TempDir Path temp;
  private Path rules;
  private Path scenarios;

  @BeforeEach
  void divisionalCommanderBriefsCouncillors() throws IOException {
    rules = CouncillorEdit.briefedBy(temp.resolve("rules"), "DIVISIONAL_COMMANDER");
    scenarios = Files.writeString(temp.resolve("councillors.json"), SCENARIOS);
  }

  @Test
  void withoutTerminalOrName_nothingIsWritten_andTheRunSaysHowToAccept() throws IOException {
    CliTestSupport.Run run = CliTestSupport.run("y\n", "test", "--rules", rules.toString(), "--accept",
        scenarios.toString());

    assertEquals(1, run.status(), run::out);
    assertTrue(run.out().contains("CHANGE  " + CHANGED + "  (" + scenarios + ")\n"
        + "      attendee: \"NEIGHBOURHOOD_INSPECTOR\" -> \"DIVISIONAL_COMMANDER\"\n"), run::out);
    assertTrue(run.out().contains("NOT ACCEPTED: 1 scenario(s) would change, and there is no terminal to ask on;"
        + " nothing was written. Accept them by name with --accept-scenario NAME"), run::out);
    assertEquals(SCENARIOS, Files.readString(scenarios));
  }

  @Test
  void namedScenario_isRewrittenWithoutAsking_andThenPasses() throws IOException {
    CliTestSupport.Run run = CliTestSupport.run("", "test", "--rules", rules.toString(), "--accept-scenario", CHANGED,
        scenarios.toString());

    assertEquals(0, run.status(), run::out);
    assertTrue(run.out().contains("  accepted (named on the command line)\nrewrote 1 scenario(s) in " + scenarios
        + "\nafter accepting: 2 of 2 scenarios pass"), run::out);
    String rewritten = Files.readString(scenarios);
    assertTrue(rewritten.contains("\"attendee\": \"DIVISIONAL_COMMANDER\""), rewritten);
    assertTrue(rewritten.contains("\"name\": \"" + CHANGED + "\""), "the name is kept");
    assertTrue(rewritten.endsWith(SCENARIOS.substring(SCENARIOS.indexOf("\n  },\n  {"))), rewritten);
  }

  @Test
  void atATerminal_eachChangeIsAsked_andOnlyAYesWrites() throws IOException {
    CliTestSupport.Run declined = CliTestSupport.runAtTerminal("n\n", "test", "--rules", rules.toString(), "--accept",
        scenarios.toString());
    assertEquals(1, declined.status());
    assertTrue(declined.out().contains("  accept this change? [y/N] nothing accepted; no file was changed"),
        declined::out);
    assertEquals(SCENARIOS, Files.readString(scenarios));

    CliTestSupport.Run accepted = CliTestSupport.runAtTerminal("y\n", "test", "--rules", rules.toString(), "--accept",
        scenarios.toString());
    assertEquals(0, accepted.status(), accepted::out);
    assertNotEquals(SCENARIOS, Files.readString(scenarios));
  }

  @Test
  void acceptFile_acceptsEveryFailingScenarioOfIt_andAMisspeltScenarioNameIsAUsageError() throws IOException {
    CliTestSupport.Run typo = CliTestSupport.run("", "test", "--rules", rules.toString(), "--accept-scenario",
        "councillors briefed by the Neighbourhood Inspectr", scenarios.toString());
    assertEquals(2, typo.status());
    assertTrue(typo.err().contains("--accept-scenario: no scenario is named 'councillors briefed by the Neighbourhood"
        + " Inspectr'; nearest: '" + CHANGED + "'"), typo::err);
    assertEquals(SCENARIOS, Files.readString(scenarios));

    CliTestSupport.Run run = CliTestSupport.run("", "test", "--rules", rules.toString(), "--accept-file",
        scenarios.toString(), scenarios.toString());
    assertEquals(0, run.status(), run::out);
    assertTrue(run.out().contains("  accepted (named on the command line)"), run::out);
    assertTrue(Files.readString(scenarios).contains("\"attendee\": \"DIVISIONAL_COMMANDER\""));
  }
}
