package io.github.engagementrules.rules.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changes a rule watcher reacts to. Each edit is made before the wait for it, so the platform's watcher has
 * already queued the event: the tests wait for an outcome, never for a time. The timeout only guards against a hang.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class WatchedRuleChangesTest {
  @TempDir Path rules;

  @Test
  void editInAWatchedDirectory_andInADirectoryCreatedLater_isReported() throws Exception {
    Files.writeString(rules.resolve("a.drl"), "// first");
    try (RuleChanges changes = RuleChanges.watching(List.of(rules))) {
      Files.writeString(rules.resolve("a.drl"), "// edited");

      assertTrue(changes.awaitChange());

      Path sub = Files.createDirectory(rules.resolve("more"));
      assertTrue(changes.awaitChange(), "the new directory is reported and watched from then on");
      Files.writeString(sub.resolve("b.drl"), "// new file in the new directory");
      assertTrue(changes.awaitChange());
    }
  }

  @Test
  void closedChanges_stopTheWatcher() throws Exception {
    RuleChanges watched = RuleChanges.watching(List.of(rules));
    TriggeredRuleChanges triggered = new TriggeredRuleChanges();
    triggered.trigger();

    watched.close();
    assertTrue(triggered.awaitChange(), "a trigger is reported");
    triggered.close();

    assertFalse(watched.awaitChange());
    assertFalse(triggered.awaitChange());
  }
}
