package io.github.engagementrules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * One definition of valid text: the strict reader and the shipped schemas' {@code $defs.text} agree on every string.
 * Strings are generated from code points at the edges of both definitions (every blank code point, whitespace that
 * is not blank for one side or the other, supplementary characters, unpaired surrogates) at lengths around the limit
 * counted both in code points and in UTF-16 units; each must be accepted by both or refused by both, in an opportunity
 * and in a roster.
 */
class TextDefinitionAgreementTest {
  /** Code points where definitions of blank and of length differ between Java, ECMAScript and JSON Schema. */
  private static final int[] EDGES = {
    // Unicode White_Space, and U+FEFF (ECMAScript's \s)
    0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2005, 0x2007, 0x200A, 0x2028, 0x2029, 0x202F,
    0x205F, 0x3000, 0xFEFF,
    // whitespace to Java (Character.isWhitespace) but not to Unicode, or formerly whitespace, or invisible
    0x1C, 0x1D, 0x1E, 0x1F, 0x180E, 0x200B, 0x200C, 0x2060,
    // ordinary text, a control, a combining mark, supplementary characters, unpaired surrogates
    'a', 'Z', '7', '-', 0x00, 0x0301, 0xE9, 0x1F600, 0x10FFFF, 0x1D11E, 0xD800, 0xDBFF, 0xDC00, 0xDFFF
  };

  private static final JsonSchema OPPORTUNITY = Schemas.OPPORTUNITY;
  private static final JsonSchema ROSTER = Schemas.ROSTER;

  @Test
  void readerAndSchemas_agreeOnEveryGeneratedString() {
    Random random = new Random(20_261_202L);
    List<String> disagreements = new ArrayList<>();
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < 6_000; i++) {
      String text = generate(random);
      boolean reader = readerAccepts(text);
      boolean schema = Schemas.problems(OPPORTUNITY, opportunity(text)).isEmpty();
      boolean rosterReader = rosterReaderAccepts(text);
      boolean rosterSchema = Schemas.problems(ROSTER, roster(text)).isEmpty();
      if (reader != schema || rosterReader != rosterSchema || reader != rosterReader) {
        disagreements.add(describe(text) + ": opportunity reader " + reader + ", schema " + schema
            + "; roster reader " + rosterReader + ", schema " + rosterSchema);
      }
      if (reader) {
        accepted++;
      } else {
        refused++;
      }
    }
    System.out.println("text agreement: " + accepted + " strings accepted and " + refused + " refused by both sides");
    assertEquals(List.of(), disagreements.subList(0, Math.min(20, disagreements.size())));
    assertTrue(accepted > 1_000 && refused > 1_000, accepted + " accepted, " + refused + " refused: both sides explored");
  }

  @Test
  void lengthIsCountedInCodePoints_andBlankIncludesTheNoBreakSpace() {
    String emoji = new String(Character.toChars(0x1F600));
    assertTrue(readerAccepts(emoji.repeat(200)), "200 code points, 400 UTF-16 units");
    assertTrue(!readerAccepts(emoji.repeat(201)));
    assertTrue(!readerAccepts("\u00A0"), "a no-break space alone is blank");
    assertTrue(!Schemas.problems(OPPORTUNITY, opportunity("\u00A0")).isEmpty());
    assertTrue(readerAccepts("\u200B"), "a zero-width space is not White_Space");
  }

  @Test
  void readerAndSchemas_agreeOnNull_inEveryFieldOfAnOpportunityAndARoster() {
    List<String> disagreements = new ArrayList<>();
    ObjectNode opportunity = opportunity("x");
    opportunity.putArray("purposes").add("CHRONIC_ISSUE");
    opportunity.putArray("requests").add("BRIEFING");
    opportunity.putArray("risks").add("CRIME");
    opportunity.putArray("topics").add("FRAUD");
    opportunity.putArray("stakeholders").addObject().put("type", "RESIDENTS").put("name", "Residents");
    opportunity.put("eventsTeamAvailable", true).put("intelligenceLed", false).put("newOrEmergingCommunity", false)
        .put("identifyLocalIssues", false);
    disagreements.addAll(nullDisagreements("opportunity", opportunity, EngagementJson::readOpportunity, OPPORTUNITY));
    ObjectNode roster = roster("x");
    ObjectNode borough = (ObjectNode) roster.at("/boroughs/0");
    for (String post : List.of("designatedPartnerContact", "higherEducationLiaisonOfficer", "preventLead",
        "communityEngagementVolunteer")) {
      borough.set(post, borough.get("boroughInspector").deepCopy());
    }
    borough.put("cadetsAvailable", true).put("patrolPlans", true);
    ((ObjectNode) borough.at("/wards/0")).set("pcso", borough.get("boroughInspector").deepCopy());
    disagreements.addAll(nullDisagreements("roster", roster, EngagementJson::readRoster, ROSTER));
    assertEquals(List.of(), disagreements);
  }

  /** The fields of {@code document} where {@code null} is accepted by the reader or the schema but not both. */
  private static List<String> nullDisagreements(
      String what, ObjectNode document, Consumer<JsonNode> reader, JsonSchema schema) {
    List<String> disagreements = new ArrayList<>();
    for (String field : fieldsOf(document)) {
      ObjectNode withNull = document.deepCopy();
      setNull(withNull, field);
      boolean read = accepts(() -> reader.accept(withNull));
      boolean valid = Schemas.problems(schema, withNull).isEmpty();
      if (read != valid) {
        disagreements.add(what + " " + field + ": null: reader " + read + ", schema " + valid);
      }
    }
    return disagreements;
  }

  /** Every field of the document, as a JSON pointer, objects' fields and arrays' elements' fields included. */
  private static List<String> fieldsOf(JsonNode document) {
    List<String> fields = new ArrayList<>();
    collectFields(document, "", fields);
    return fields;
  }

  private static void collectFields(JsonNode node, String at, List<String> fields) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        fields.add(at + "/" + field.getKey());
        collectFields(field.getValue(), at + "/" + field.getKey(), fields);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectFields(node.get(i), at + "/" + i, fields);
      }
    }
  }

  private static void setNull(JsonNode document, String pointer) {
    int slash = pointer.lastIndexOf('/');
    ((ObjectNode) document.at(pointer.substring(0, slash))).putNull(pointer.substring(slash + 1));
  }

  private static boolean accepts(Runnable read) {
    try {
      read.run();
      return true;
    } catch (EngagementException e) {
      return false;
    }
  }

  /** A string of edge code points and letters, at a length around 0, 1, 199, 200 or 201 code points. */
  private static String generate(Random random) {
    int[] lengths = {0, 1, 2, 3, 100, 199, 200, 201, 202};
    int length = lengths[random.nextInt(lengths.length)];
    boolean mostlyBlank = random.nextBoolean();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int roll = random.nextInt(100);
      int codePoint =
          mostlyBlank && roll < 90 ? EDGES[random.nextInt(19)] : roll < 40 ? 'a' + random.nextInt(26) : EDGES[random.nextInt(EDGES.length)];
      if (codePoint >= 0xD800 && codePoint <= 0xDFFF && random.nextInt(4) > 0) {
        codePoint = 'x'; // unpaired surrogates refuse everything; keep them rare so other edges are explored
      }
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  private static ObjectNode opportunity(String text) {
    return JsonNodeFactory.instance.objectNode().put("id", text).put("kind", "PATROL").put("borough", "B")
        .put("ward", text);
  }

  private static ObjectNode roster(String text) {
    ObjectNode officer = JsonNodeFactory.instance.objectNode().put("id", "o-1").put("name", text);
    ObjectNode borough = JsonNodeFactory.instance.objectNode().put("name", "B");
    borough.set("boroughInspector", officer);
    borough.set("neighbourhoodInspector", officer.deepCopy());
    borough.set("divisionalCommander", officer.deepCopy());
    borough.putArray("wards").addObject().put("name", "W");
    ObjectNode roster = JsonNodeFactory.instance.objectNode();
    roster.putArray("boroughs").add(borough);
    return roster;
  }

  private static boolean readerAccepts(String text) {
    try {
      EngagementJson.readOpportunity(opportunity(text));
      return true;
    } catch (EngagementException e) {
      return false;
    }
  }

  private static boolean rosterReaderAccepts(String text) {
    try {
      EngagementJson.readRoster(roster(text));
      return true;
    } catch (EngagementException e) {
      return false;
    }
  }

  private static String describe(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.chars().limit(12).forEach(c -> out.append(c < 0x7F && c > 0x20 ? String.valueOf((char) c)
        : String.format("\\u%04X", c)));
    return out.append(text.length() > 12 ? "...\" (" : "\" (").append(text.codePointCount(0, text.length()))
        .append(" code points)").toString();
  }
}
