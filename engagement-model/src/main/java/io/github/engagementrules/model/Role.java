package io.github.engagementrules.model;

/** Roles that attend, act as a point of contact or receive escalations. */
public enum Role {
  /** Police Community Support Officer: the ward's named point of contact. */
  PCSO,
  /** An officer of the Safer Neighbourhood Team. */
  SNT_OFFICER,
  /** The Neighbourhood Inspector. */
  NEIGHBOURHOOD_INSPECTOR,
  /** The Borough Inspector. */
  BOROUGH_INSPECTOR,
  /** The Divisional Commander. */
  DIVISIONAL_COMMANDER,
  /** The Duty Inspector, who activates contingency plans. */
  DUTY_INSPECTOR,
  /** The partner contact the Borough Inspector has designated. */
  DESIGNATED_PARTNER_CONTACT,
  /** The higher-education liaison officer. */
  HIGHER_EDUCATION_LIAISON_OFFICER,
  /** The police Prevent lead. */
  PREVENT_LEAD,
  /** The Community Engagement Volunteer. */
  COMMUNITY_ENGAGEMENT_VOLUNTEER,
  /** Volunteer Police Cadets (aged 13 to 18). */
  POLICE_CADETS,
  /** The events team. */
  EVENTS_TEAM,
  /** A trusted non-police community intermediary. */
  COMMUNITY_INTERMEDIARY
}
