package io.github.engagementrules.model;

/** What the organisers of an opportunity ask the police for. */
public enum Request {
  /** Statistical or performance reports. */
  STATISTICS_REPORT,
  /** Two-way dialogue with the community. */
  TWO_WAY_DIALOGUE,
  /** Sharing information with the community. */
  INFORMATION_SHARING,
  /** A briefing on community issues. */
  BRIEFING
}
