package io.github.engagementrules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Input that would silently lose data or exhaust the reader: duplicated fields, records glued together, deep
 * nesting, oversized documents, strings, numbers and lists. Each is rejected with a short message naming the field.
 */
class HostileInputTest {
  private static final String VALID = "{\"id\": \"o\", \"kind\": \"PATROL\", \"borough\": \"B\", \"ward\": \"W\"";

  private static EngagementException rejected(String json) {
    return assertThrows(EngagementException.class, () -> EngagementJson.readOpportunity(json));
  }

  @Test
  void duplicatedField_isRejectedRatherThanLettingTheLastOneWin() {
    EngagementException e = rejected(VALID + ", \"kind\": \"SCHOOL\"}");

    assertEquals(ErrorCode.MALFORMED_JSON, e.code());
    assertTrue(e.getMessage().contains("'kind'"), e.getMessage());
  }

  @Test
  void duplicatedFieldInAStakeholder_isRejected() {
    EngagementException e = rejected(VALID + ", \"stakeholders\": [{\"type\": \"MP\", \"type\": \"NHS\"}]}");

    assertEquals(ErrorCode.MALFORMED_JSON, e.code());
    assertTrue(e.getMessage().contains("'type'"), e.getMessage());
  }

  @Test
  void secondRecordGluedOntoTheSameLine_isRejectedRatherThanDropped() {
    EngagementException e = rejected(VALID + "}" + VALID.replace("\"o\"", "\"p\"") + "}");

    assertEquals(ErrorCode.MALFORMED_JSON, e.code());
  }

  @Test
  void trailingGarbage_isRejected() {
    assertEquals(ErrorCode.MALFORMED_JSON, rejected(VALID + "} trailing").code());
  }

  @Test
  void deepNesting_isRejectedWithoutExhaustingTheStack() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);

    EngagementException e = rejected(VALID + ", \"purposes\": " + deep + "}");

    assertEquals(ErrorCode.MALFORMED_JSON, e.code());
    assertTrue(e.getMessage().contains(String.valueOf(EngagementJson.MAX_NESTING_DEPTH)), e.getMessage());
  }

  @Test
  void documentOverTheLimit_isRejectedBeforeParsing() {
    String huge = VALID + ", \"padding\": \"" + "x".repeat(EngagementJson.MAX_DOCUMENT_LENGTH) + "\"}";

    EngagementException e = rejected(huge);

    assertEquals(ErrorCode.MALFORMED_JSON, e.code());
    assertTrue(e.getMessage().contains("limit of " + EngagementJson.MAX_DOCUMENT_LENGTH), e.getMessage());
  }

  @Test
  void hugeEnumValue_isRejectedWithAShortMessage() {
    EngagementException e = rejected(VALID.replace("\"PATROL\"", "\"" + "P".repeat(500_000) + "\"") + "}");

    assertEquals("kind", e.field().orElseThrow());
    assertTrue(e.getMessage().length() < 1_000, "message of " + e.getMessage().length() + " characters");
  }

  @Test
  void hugeNumber_isRejectedNamingTheField() {
    EngagementException e = rejected(VALID + ", \"intelligenceLed\": " + "9".repeat(900) + "}");

    assertEquals("intelligenceLed", e.field().orElseThrow());
    assertTrue(e.getMessage().length() < 1_000, "message of " + e.getMessage().length() + " characters");
  }

  @Test
  void overlongNumber_isMalformed() {
    assertEquals(ErrorCode.MALFORMED_JSON, rejected(VALID + ", \"intelligenceLed\": " + "9".repeat(5_000) + "}").code());
  }

  @Test
  void tooManyEnumEntries_isRejectedNamingTheLimit() {
    String many = "\"CRIME\",".repeat(17);

    EngagementException e = rejected(VALID + ", \"risks\": [" + many + "\"CRIME\"]}");

    assertEquals("risks", e.field().orElseThrow());
    assertTrue(e.getMessage().contains("limit of 16"), e.getMessage());
  }

  @Test
  void overlongStakeholderName_isRejectedNamingThePath() {
    EngagementException e =
        rejected(VALID + ", \"stakeholders\": [{\"type\": \"MP\", \"name\": \"" + "n".repeat(201) + "\"}]}");

    assertEquals("stakeholders[0].name", e.field().orElseThrow());
  }

  @Test
  void peekId_doesNotEchoAnOverlongId() {
    String id = "i".repeat(10_000);

    assertFalse(EngagementJson.peekId(EngagementJson.parse("{\"id\": \"" + id + "\"}")).isPresent());
    assertEquals("ok", EngagementJson.peekId(EngagementJson.parse("{\"id\": \"ok\"}")).orElseThrow());
  }

  @Test
  void unpairedSurrogate_isRejected_becauseItCouldNotBeWrittenBackFaithfully() {
    EngagementException e = rejected(VALID.replace("\"o\"", "\"o\uD800\"") + "}");

    assertEquals("id", e.field().orElseThrow());
    assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
  }

  @Test
  void unicodeText_isKeptAsGiven() {
    String name = "Zoë Łukasz 李小龍 \uD83D\uDE93 \u200F";

    Opportunity read = EngagementJson.readOpportunity(
        VALID + ", \"stakeholders\": [{\"type\": \"MP\", \"name\": \"" + name + "\"}]}");

    assertEquals(name, read.stakeholders().get(0).name().orElseThrow());
    assertEquals(read, EngagementJson.readOpportunity(EngagementJson.write(EngagementJson.toJson(read))));
  }
}
