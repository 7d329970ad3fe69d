package io.github.engagementrules.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The one unchecked exception this library throws. Its {@link #code()} is stable; its message names the field and the
 * offending value where there is one, for example {@code kind: unknown value 'PARADE'}.
 */
public final class EngagementException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final String field;

  /**
   * Creates an exception.
   *
   * @param code the stable error code
   * @param field the input field at fault, or {@code null} when the error is not about one field
   * @param message what is wrong, in plain language
   */
  public EngagementException(ErrorCode code, String field, String message) {
    this(code, field, message, null);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param code the stable error code
   * @param field the input field at fault, or {@code null} when the error is not about one field
   * @param message what is wrong, in plain language
   * @param cause the underlying failure, or {@code null}
   */
  public EngagementException(ErrorCode code, String field, String message, Throwable cause) {
    super(field == null ? message : field + ": " + message, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.field = field;
  }

  /** Shorthand for an {@link ErrorCode#INVALID_INPUT} error about {@code field}. */
  static EngagementException invalid(String field, String message) {
    return new EngagementException(ErrorCode.INVALID_INPUT, field, message);
  }

  /** The stable error code. */
  public ErrorCode code() {
    return code;
  }

  /** The input field at fault (dotted path such as {@code stakeholders[2].type}), if the error concerns one. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
