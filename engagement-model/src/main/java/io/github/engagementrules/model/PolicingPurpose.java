package io.github.engagementrules.model;

/** The policing purposes the guide accepts as a reason to engage ("What is a policing purpose?"). */
public enum PolicingPurpose {
  /** Prevention and detection of crime. */
  PREVENTION_AND_DETECTION_OF_CRIME,
  /** Repeat and vulnerable victims. */
  REPEAT_OR_VULNERABLE_VICTIMS,
  /** Priority crimes for the borough or force. */
  PRIORITY_CRIME,
  /** Chronic issues that have a disproportionate effect on the community. */
  CHRONIC_ISSUE,
  /** Communicating specific plans to reduce crime and the fear of crime. */
  CRIME_REDUCTION_PLAN
}
