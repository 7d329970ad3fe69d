package io.github.engagementrules.examples.cli;

/** Wrong input to a command (a missing file, an invalid roster); the tool prints the message and exits with 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
