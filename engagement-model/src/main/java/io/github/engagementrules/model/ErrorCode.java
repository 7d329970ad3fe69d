package io.github.engagementrules.model;

/** Stable codes for every failure this library reports; tests and callers match on the code, not the message. */
public enum ErrorCode {
  /** A field of an input record is missing, blank, of the wrong type, unknown or too large. */
  INVALID_INPUT("ENG-100"),
  /** The JSON text itself is malformed or truncated. */
  MALFORMED_JSON("ENG-101"),
  /** The opportunity names a borough or ward that the roster does not have. */
  UNKNOWN_PLACE("ENG-102"),
  /** Two records of one batch share an id. */
  DUPLICATE_ID("ENG-103"),
  /** A judgement is given by someone the guide does not leave this opportunity to (no referral names them). */
  UNREQUESTED_JUDGEMENT("ENG-104"),
  /** A rule file does not compile or breaks the rule-authoring contract. */
  RULE_COMPILATION("ENG-200"),
  /** No rule decided the attendance of an opportunity: the rule base has a gap. */
  NO_ATTENDANCE_DECIDED("ENG-201"),
  /** Rules claimed different attendance outcomes or points of contact for one opportunity. */
  CONFLICTING_RULINGS("ENG-202"),
  /** Rules fired more often than the configured limit for one decision (a loop). */
  FIRING_LIMIT_EXCEEDED("ENG-203"),
  /** A rule failed while it was evaluated or fired. */
  RULE_EVALUATION("ENG-204");

  private final String code;

  ErrorCode(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code ENG-100}. */
  public String code() {
    return code;
  }
}
