package io.github.engagementrules.rules.internal;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Rule changes reported by calling {@link #trigger()}, not by watching files: a test edits a rule file, triggers,
 * and waits for the reload listener, without depending on when the platform's watcher notices the edit.
 */
public final class TriggeredRuleChanges implements RuleChanges {
  private final BlockingQueue<Boolean> events = new LinkedBlockingQueue<>();

  /** Reports that the rule files changed: the watcher rebuilds on its own thread, as after a file event. */
  public void trigger() {
    events.add(true);
  }

  @Override
  public boolean awaitChange() throws InterruptedException {
    return events.take();
  }

  @Override
  public void close() {
    events.add(false);
  }
}
