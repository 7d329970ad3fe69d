package io.github.engagementrules.examples;

/** Wrong command-line arguments; the tool prints the message and the usage, and exits with status 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
