package io.github.engagementrules.examples.cli;

import static io.github.engagementrules.examples.cli.CliTestSupport.ROSTER;
import static io.github.engagementrules.examples.cli.CliTestSupport.SAMPLES;
import static io.github.engagementrules.examples.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.examples.Schemas;
import io.github.engagementrules.model.EngagementJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code decide --audience public}: the answer for the person who invited the police, as JSON or as text. */
class DecidePublicAudienceTest {
  private static final String OPPORTUNITIES = SAMPLES.resolve("opportunities.jsonl").toString();
  /** Officers of the sample roster who are not a ward's PCSO, whom no public answer may name. */
  private static final List<String> INTERNAL = List.of("Cal Whitfield", "Alex Morgan", "Nina Shah", "Dana Ellis",
      "Pat Okafor", "Omar Farooq", "Priya Nair", "Hana Liu", "Morgan Hale", "Lee Carter", "Ruth Adeyemi");

  @Test
  void publicAudience_answersEverySampleInOrder_asJsonTheSchemaAccepts_namingNoOfficerButAPcso() {
    CliTestSupport.Run decisions = run("", "decide", "--roster", ROSTER, OPPORTUNITIES);
    CliTestSupport.Run answers = run("", "decide", "--roster", ROSTER, "--audience", "public", OPPORTUNITIES);

    assertEquals(0, answers.status(), answers.err());
    List<JsonNode> lines = answers.lines().stream().map(EngagementJson::parse).toList();
    List<JsonNode> decided = decisions.lines().stream().map(EngagementJson::parse).toList();
    assertEquals(decided.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode answer = lines.get(i);
      String attendance = decided.get(i).get("attendance").asText();
      assertEquals(decided.get(i).get("opportunityId"), answer.get("opportunityId"));
      assertEquals(attendance.equals("ATTEND") || attendance.equals("DELEGATE"), answer.get("policeAttend").asBoolean());
      assertEquals(List.of(), Schemas.PUBLIC_ANSWER.validate(answer).stream().map(Object::toString).toList());
    }
    assertFalse(lines.get(0).get("policeAttend").asBoolean(), "the statistics meeting is redirected");
    assertTrue(lines.get(4).get("emergency").asBoolean() && lines.get(4).get("summary").asText().contains("999"));
    INTERNAL.forEach(name -> assertFalse(answers.out().contains(name), name));
  }

  @Test
  void publicAudienceAsText_isPlainEnglishWithTheContactAnd999() {
    CliTestSupport.Run text =
        run("", "decide", "--roster", ROSTER, "--audience", "public", "--format", "text", OPPORTUNITIES);

    assertEquals(0, text.status(), text.err());
    assertTrue(text.out().startsWith("opp-001: We will not come, but we can help you get what you asked for.\n"),
        text.out());
    assertTrue(text.out().contains("  Your ward's named PCSO, your point of contact: PCSO Sam Reid. Call 101 and ask"
        + " for them by name.\n"), text.out());
    assertTrue(text.out().contains("Call 999 now"), text.out());
    assertTrue(text.out().contains("\n  police.uk: Find your local team and crime figures at www.police.uk.\n"), text.out());
    assertFalse(text.out().contains("{"), "no JSON in text");
    INTERNAL.forEach(name -> assertFalse(text.out().contains(name), name));
  }

  @Test
  void badRecordsInText_sayWhatIsWrong_andTheOthersAreStillAnswered() {
    CliTestSupport.Run text = run("", "decide", "--roster", ROSTER, "--audience", "public", "--format", "text",
        SAMPLES.resolve("bad-opportunities.jsonl").toString());

    assertEquals(1, text.status());
    assertTrue(text.out().contains("\nRecord 1: kind: unknown value \"PARADE\""), text.out());
    assertTrue(text.out().contains("\nRecord 2: ward: borough 'Waverley' has no ward 'Atlantis' (ENG-102)\n"), text.out());
    assertTrue(text.out().contains("ok-2: "), text.out());
  }

  @Test
  void unknownAudience_orTextForTheForce_isAUsageError() {
    CliTestSupport.Run audience = run("", "decide", "--roster", ROSTER, "--audience", "press", OPPORTUNITIES);
    CliTestSupport.Run format = run("", "decide", "--roster", ROSTER, "--format", "text", OPPORTUNITIES);

    assertEquals(2, audience.status());
    assertTrue(audience.err().contains("--audience") && audience.err().contains("press"), audience.err());
    assertEquals(2, format.status());
    assertTrue(format.err().contains("--format text is for --audience public"), format.err());
  }
}
