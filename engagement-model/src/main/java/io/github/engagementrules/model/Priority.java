package io.github.engagementrules.model;

/** How urgently an escalation must be acted on. */
public enum Priority {
  /** At once: life may be at risk. */
  IMMEDIATE,
  /** In the normal course of business. */
  ROUTINE
}
