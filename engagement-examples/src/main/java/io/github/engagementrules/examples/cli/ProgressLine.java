package io.github.engagementrules.examples.cli;

import java.io.PrintStream;
import java.util.function.LongConsumer;

/**
 * A progress line on standard error, rewritten in place ({@code \r}) as lines of records are read, only when a person
 * watches a terminal ({@code System.console() != null}); nothing at all otherwise, so that logs and pipes stay clean.
 */
final class ProgressLine implements LongConsumer, AutoCloseable {
  private final PrintStream err;
  private final String verb;
  private final boolean terminal;
  private boolean shown;

  /** A progress line saying "{@code verb} N lines" on {@code err}, when the process has a console. */
  ProgressLine(PrintStream err, String verb) {
    this.err = err;
    this.verb = verb;
    this.terminal = System.console() != null;
  }

  @Override
  public void accept(long lines) {
    if (terminal) {
      err.print("\r" + verb + " " + lines + " lines");
      shown = true;
    }
  }

  /** Ends the progress line, when one was shown. */
  @Override
  public void close() {
    if (shown) {
      err.println();
    }
  }
}
