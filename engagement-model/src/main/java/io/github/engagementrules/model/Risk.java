package io.github.engagementrules.model;

/** Risks that bring an opportunity within the police's core responsibilities. */
public enum Risk {
  /** An immediate threat to life: the contingency plan is activated. */
  IMMEDIATE_THREAT_TO_LIFE,
  /** A breach of the peace. */
  BREACH_OF_THE_PEACE,
  /** Crime. */
  CRIME,
  /** Traffic regulation: the vast majority falls to the organisers. */
  TRAFFIC_REGULATION
}
