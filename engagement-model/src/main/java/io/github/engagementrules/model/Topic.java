package io.github.engagementrules.model;

/** Specific issues an opportunity is about. */
public enum Topic {
  /** Prevent (counter-radicalisation). */
  PREVENT,
  /** Hate crime. */
  HATE_CRIME,
  /** Violence against women. */
  VIOLENCE_AGAINST_WOMEN,
  /** Harassment. */
  HARASSMENT,
  /** Anti-social behaviour. */
  ANTISOCIAL_BEHAVIOUR,
  /** Fraud. */
  FRAUD,
  /** Cybercrime. */
  CYBERCRIME,
  /** Road safety. */
  ROAD_SAFETY
}
