package io.github.engagementrules.model;

/** The kind of engagement opportunity a neighbourhood team is asked to take up. */
public enum OpportunityKind {
  /** A residents' or community meeting (guide: Attendance at Community Meetings). */
  COMMUNITY_MEETING,
  /** A local community event such as a fete or fun day (guide: Attendance at Local Community Events). */
  COMMUNITY_EVENT,
  /** A public event assessed against core policing responsibilities. */
  PUBLIC_EVENT,
  /** A visit to a school. */
  SCHOOL,
  /** A visit to a youth group. */
  YOUTH_GROUP,
  /** A visit to a place of worship. */
  PLACE_OF_WORSHIP,
  /** Contact with partners and practitioners (guide: Partners / Stakeholders). */
  PARTNER_CONTACT,
  /** A briefing for elected or executive members (guide: Elected and Executive Members). */
  ELECTED_MEMBER_BRIEFING,
  /** Engagement the police start themselves (guide: Police initiated activity). */
  POLICE_INITIATED,
  /** A daily patrol by the Safer Neighbourhood Team (guide: Daily Patrols by SNT). */
  PATROL,
  /** Online engagement (guide: Online Community Engagement). */
  ONLINE,
  /** A partnership or Prevent working group (seed 002: Working with others). */
  PARTNERSHIP_GROUP
}
