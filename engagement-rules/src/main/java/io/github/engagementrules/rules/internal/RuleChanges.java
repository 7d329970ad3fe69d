package io.github.engagementrules.rules.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * Tells a {@link RuleWatcher} when its rule files may have changed: the platform's file watcher in production
 * ({@link #watching}), or {@link TriggeredRuleChanges} where a test says when.
 */
public interface RuleChanges extends AutoCloseable {
  /**
   * Blocks until the rule files may have changed and the change has settled.
   *
   * @return {@code false} once closed: the watcher stops
   * @throws InterruptedException when the waiting thread is interrupted
   */
  boolean awaitChange() throws InterruptedException;

  /** Stops reporting changes; a waiting {@link #awaitChange()} returns {@code false}. */
  @Override
  void close();

  /**
   * Changes seen by the platform's {@code WatchService} in the directories and every directory below them, settled
   * for 200 ms.
   *
   * @throws java.io.UncheckedIOException when the directories cannot be watched
   */
  static RuleChanges watching(List<Path> directories) {
    return new WatchedRuleChanges(directories);
  }
}
