package io.github.engagementrules.rules;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A decision was made but could not be recorded (the disk is full, the record file is closed or gone), so it must not
 * be handed out: {@link JsonLinesDecisionSink} throws it from {@link DecisionListener#decided}, and the caller of
 * {@code decide} receives it instead of the decision. The message names the opportunity and what went wrong.
 */
public final class DecisionNotRecordedException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  /**
   * A decision that could not be recorded.
   *
   * @param message the opportunity and what went wrong
   * @param cause the failure of the file system
   */
  public DecisionNotRecordedException(String message, IOException cause) {
    super(message, cause);
  }
}
