package io.github.engagementrules.model;

/** The kinds of people and organisations taking part in an opportunity. */
public enum StakeholderType {
  /** Member of Parliament. */
  MP,
  /** County councillor. */
  COUNTY_COUNCILLOR,
  /** Local (borough or district) councillor. */
  LOCAL_COUNCILLOR,
  /** Chief executive of a council or public body. */
  CHIEF_EXECUTIVE,
  /** Family support team. */
  FAMILY_SUPPORT_TEAM,
  /** Early help team. */
  EARLY_HELP_TEAM,
  /** A school. */
  SCHOOL,
  /** A college of further education. */
  COLLEGE,
  /** A university. */
  UNIVERSITY,
  /** Student union representatives. */
  STUDENT_UNION,
  /** Campus security. */
  CAMPUS_SECURITY,
  /** The local authority. */
  LOCAL_AUTHORITY,
  /** The National Health Service. */
  NHS,
  /** A faith group. */
  FAITH_GROUP,
  /** A community group. */
  COMMUNITY_GROUP,
  /** A hard-to-reach group. */
  HARD_TO_REACH_GROUP,
  /** A youth group. */
  YOUTH_GROUP,
  /** The organiser of an event. */
  EVENT_ORGANISER,
  /** A trusted non-police intermediary such as a community warden or mediator (seed 003). */
  COMMUNITY_INTERMEDIARY,
  /** A Prevent regional or council coordinator (seed 002). */
  PREVENT_COORDINATOR,
  /** Another police force. */
  OTHER_FORCE,
  /** Residents. */
  RESIDENTS
}
