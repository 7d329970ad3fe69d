package io.github.engagementrules.authoring;

import io.github.engagementrules.model.Opportunity;

/** The ways {@link MutationAnalysis} changes a rule base, one change per mutant. */
public enum MutationOperator {
  /** A whole rule is deleted. */
  DELETE_RULE,
  /** One constraint of a pattern is removed ({@code Opportunity(a, b)} becomes {@code Opportunity(a)}). */
  REMOVE_CONSTRAINT,
  /** One pattern of a rule's conditions is removed. */
  REMOVE_PATTERN,
  /** One pattern is negated ({@code X()} becomes {@code not X()}, {@code not X()} becomes {@code X()}). */
  NEGATE_PATTERN,
  /** One operand of an {@code ||} or {@code &&} is dropped, in a condition or a function the rule file declares. */
  DROP_OPERAND,
  /** One enum constant in a condition is replaced by another constant of the same enum. */
  SWAP_CONDITION_CONSTANT,
  /** One {@code ==}/{@code !=}, {@code contains}/{@code not contains}, {@code in}/{@code not in} or
   * {@code isEmpty()}/{@code !isEmpty()} is flipped. */
  FLIP_TEST,
  /** One constant a consequence concludes (an enum constant, or a factory such as {@code AttendanceRuling.attend}) is
   * replaced by another of its kind. */
  SWAP_CONSEQUENCE_CONSTANT
}
