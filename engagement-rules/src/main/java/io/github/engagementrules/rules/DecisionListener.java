package io.github.engagementrules.rules;

/**
 * Receives a {@link DecisionRecord} for every decision a decider makes, for example to keep an audit trail
 * ({@link JsonLinesDecisionSink}). Register one with {@link EngagementRules.Builder#decisionListener}.
 *
 * <p><b>Thread safety:</b> a decider is shared between threads, so {@link #decided} may be called concurrently and
 * must be thread-safe. It is called on the deciding thread, after the decision is made and before it is returned.
 *
 * <p><b>Failures:</b> an exception thrown by the listener propagates to the caller of {@code decide} or
 * {@code decideAll}, so a decision is never handed out without having been recorded.
 */
@FunctionalInterface
public interface DecisionListener {
  /**
   * Called once per decision made.
   *
   * @param record the opportunity, the decision, the rules that fired and the rule base's version
   * @throws RuntimeException when the decision cannot be recorded; it reaches the caller of the decider
   */
  void decided(DecisionRecord record);
}
