package io.github.engagementrules.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link RuleChanges} from the platform's {@code WatchService}, including directories created later. */
final class WatchedRuleChanges implements RuleChanges {
  private static final Logger LOG = LoggerFactory.getLogger(WatchedRuleChanges.class);
  /** Editors write a file in several steps; a change is reported once none has been seen for this long. */
  private static final long SETTLE_MILLIS = 200;

  private final WatchService watchService;

  WatchedRuleChanges(List<Path> directories) {
    try {
      watchService = FileSystems.getDefault().newWatchService();
      for (Path directory : directories) {
        registerTree(directory);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch the rule directories " + directories, e);
    }
  }

  @Override
  public boolean awaitChange() throws InterruptedException {
    try {
      handle(watchService.take());
      WatchKey more;
      while ((more = watchService.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
        handle(more);
      }
      return true;
    } catch (ClosedWatchServiceException e) {
      return false;
    }
  }

  /** Drains a key's events and watches directories created under a watched one. */
  private void handle(WatchKey key) {
    Path parent = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path child) {
        Path created = parent.resolve(child);
        if (Files.isDirectory(created)) {
          try {
            registerTree(created);
          } catch (IOException e) {
            LOG.warn("Cannot watch new rule directory {}", created, e);
          }
        }
      }
    }
    key.reset();
  }

  private void registerTree(Path directory) throws IOException {
    try (Stream<Path> tree = Files.walk(directory)) {
      for (Path path : tree.filter(Files::isDirectory).toList()) {
        path.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  @Override
  public void close() {
    try {
      watchService.close();
    } catch (IOException e) {
      LOG.warn("Closing the rule watcher failed", e);
    }
  }
}
