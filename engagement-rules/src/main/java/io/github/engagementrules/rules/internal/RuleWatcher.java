package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleProblem;
import io.github.engagementrules.rules.RuleReloadListener;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches rule directories (and their subdirectories) and holds the last good compiled rule base. After a change it
 * waits for the files to settle, rebuilds on its own daemon thread, and publishes the new rule base only when it
 * compiles and validates. Thread-safe: readers see either the old or the new rule base, never a partial one.
 */
final class RuleWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RuleWatcher.class);
  /** Editors write a file in several steps; a rebuild waits until no change has been seen for this long. */
  private static final long SETTLE_MILLIS = 200;

  private final List<Path> directories;
  private final RuleReloadListener listener;
  private final RuleFileGuard guard;
  private final WatchService watchService;
  private final Thread thread;
  private volatile CompiledRuleBase current;

  /**
   * Compiles the rules and starts watching.
   *
   * @throws EngagementException {@code RULE_COMPILATION} when the initial rules are not valid
   */
  RuleWatcher(List<Path> directories, RuleReloadListener listener, RuleFileGuard guard) {
    this.directories = List.copyOf(directories);
    this.listener = listener;
    this.guard = guard;
    this.current = RuleBaseCompiler.compileOrThrow(RuleSources.fromDirectories(this.directories), guard);
    try {
      this.watchService = FileSystems.getDefault().newWatchService();
      for (Path directory : this.directories) {
        registerTree(directory);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch the rule directories " + this.directories, e);
    }
    this.thread = new Thread(this::watch, "engagement-rule-watcher");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** The last good rule base. */
  CompiledRuleBase current() {
    return current;
  }

  /** Rebuilds now; publishes the new rule base when it is valid, and tells the listener either way. */
  synchronized RuleBaseValidation reload() {
    List<RuleSource> sources;
    try {
      sources = RuleSources.fromDirectories(directories);
    } catch (EngagementException e) {
      RuleBaseValidation unreadable = RuleBaseValidator.validate(directories).validation();
      reject(unreadable.errors());
      return unreadable;
    }
    if (RuleBaseCompiler.version(sources).equals(current.info().version())) {
      return new RuleBaseValidation(List.of(), Optional.of(current.info())); // a save without a change
    }
    RuleBaseValidator.Checked checked = RuleBaseValidator.validateSources(sources, guard);
    if (checked.compiled() == null) {
      reject(checked.validation().errors());
    } else {
      current = checked.compiled();
      LOG.info("Reloaded rule base {} ({} rules) from {}", current.info().version(), current.info().rules().size(),
          directories);
      try {
        listener.reloaded(current.info());
      } catch (RuntimeException e) {
        LOG.warn("The rule reload listener failed", e);
      }
    }
    return checked.validation();
  }

  private void reject(List<RuleProblem> errors) {
    LOG.warn("Rule files changed but do not validate; keeping rule base {}:\n{}", current.info().version(),
        String.join("\n", errors.stream().map(RuleProblem::toString).toList()));
    try {
      listener.rejected(errors);
    } catch (RuntimeException e) {
      LOG.warn("The rule reload listener failed", e);
    }
  }

  private void watch() {
    try {
      while (true) {
        WatchKey key = watchService.take();
        handle(key);
        WatchKey more;
        while ((more = watchService.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          handle(more);
        }
        try {
          reload();
        } catch (RuntimeException e) {
          LOG.warn("Reloading the rules failed; keeping rule base {}", current.info().version(), e);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
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
    thread.interrupt();
  }
}
