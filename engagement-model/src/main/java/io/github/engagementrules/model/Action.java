package io.github.engagementrules.model;

/** Actions a decision asks the team to take. */
public enum Action {
  /** Activate the contingency plan: there is an immediate threat to life. */
  ACTIVATE_CONTINGENCY_PLAN,
  /** Focus on chronic and repeat issues, repeat victims and police priorities. */
  FOCUS_ON_CHRONIC_AND_REPEAT_ISSUES,
  /** Use two-way communication so the community has a voice. */
  USE_TWO_WAY_COMMUNICATION,
  /** Share information with the community on the specific issue. */
  DISSEMINATE_INFORMATION,
  /** Gather intelligence. */
  GATHER_INTELLIGENCE,
  /** Provide visible reassurance. */
  PROVIDE_REASSURANCE,
  /** Leave traffic regulation to the event organisers. */
  ORGANISERS_MANAGE_TRAFFIC,
  /** The Neighbourhood Inspector assesses the engagement benefits with a unique hard-to-reach group. */
  ASSESS_HARD_TO_REACH_ENGAGEMENT,
  /** Patrol the allocated ward by default. */
  PATROL_ALLOCATED_WARD,
  /** Plan the patrol from intelligence. */
  PLAN_PATROL_FROM_INTELLIGENCE,
  /** Update the borough community profile with a new or emerging community. */
  UPDATE_COMMUNITY_PROFILE,
  /** Promote joint problem solving with partners. */
  JOINT_PROBLEM_SOLVING,
  /** Brief elected or executive members on community issues. */
  BRIEF_ON_COMMUNITY_ISSUES,
  /** Keep the Prevent contact separate from the contact for other crime on campus, and say which is which. */
  SEPARATE_PREVENT_AND_CAMPUS_CRIME_CONTACTS,
  /** Feed information from the group back through the designated contact. */
  FEED_BACK_THROUGH_DESIGNATED_CONTACT,
  /** Agree an information sharing protocol with the group. */
  AGREE_INFORMATION_SHARING_PROTOCOL,
  /** Consider a trusted non-police intermediary to broker a solution. */
  CONSIDER_COMMUNITY_INTERMEDIARY,
  /** Use traditional media as well so nobody is missed. */
  USE_TRADITIONAL_MEDIA,
  /** Engage the university's student body to build trust and address barriers to reporting. */
  ADDRESS_BARRIERS_TO_REPORTING,
  /** Volunteer Police Cadets support the events team at the event. */
  CADETS_SUPPORT_EVENTS_TEAM,
  /** Work on the prevention and detection of crime the opportunity's risks call for. */
  PREVENT_AND_DETECT_CRIME,
  /** Share learning, practice and cautionary tales with the other force taking part. */
  SHARE_LEARNING_ACROSS_FORCES
}
