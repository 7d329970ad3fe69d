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
  DELEGATE
}
