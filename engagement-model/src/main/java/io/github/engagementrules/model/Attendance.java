package io.github.engagementrules.model;

/** Whether and how the police take up an opportunity. */
public enum Attendance {
  /** The police attend or engage. */
  ATTEND,
  /** The police do not attend. */
  DECLINE,
  /** The request is pointed elsewhere (for example statistics to the Community Engagement Volunteer and online). */
  REDIRECT,
  /** Someone attends in the police's place (for example Volunteer Police Cadets). */
  DELEGATE,
  /**
   * The guide leaves the judgement to a named person (for example "The Neighbourhood Inspector will assess..."): the
   * decision refers the opportunity to them, as its attendee and point of contact, with what they are to weigh.
   */
  REFER
}
