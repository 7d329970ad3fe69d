package io.github.engagementrules.model;

/** What a contact in a decision is the contact for. */
public enum Remit {
  /** The opportunity's point of contact. */
  POINT_OF_CONTACT,
  /** Prevent matters (seed 000: the Prevent lead may not be the officer for other crime on campus). */
  PREVENT,
  /** Crime on campus other than Prevent. */
  CAMPUS_CRIME,
  /** Engagement with elected and executive members. */
  ELECTED_MEMBERS,
  /** Statistical and performance data. */
  STATISTICS_AND_PERFORMANCE_DATA,
  /** Receiving the information fed back from a partnership group. */
  INFORMATION_FEEDBACK,
  /** A trusted non-police intermediary who may broker a solution. */
  TRUSTED_INTERMEDIARY,
  /** Assessing the engagement benefits with a hard-to-reach group. */
  HARD_TO_REACH_ASSESSMENT,
  /** Information of interest and relevance to community based groups. */
  COMMUNITY_INFORMATION,
  /** The relationship with partners and stakeholders that the designated partner contact fosters. */
  PARTNER_RELATIONSHIPS
}
