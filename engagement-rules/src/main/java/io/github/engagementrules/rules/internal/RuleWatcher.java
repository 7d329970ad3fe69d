package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import io.github.engagementrules.rules.RuleProblem;
import io.github.engagementrules.rules.RuleReloadListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches rule directories (and their subdirectories) and holds the last good compiled rule base. After a change
 * (reported by its {@link RuleChanges}) it rebuilds on its own daemon thread, and publishes the new rule base only
 * when it compiles and validates. Thread-safe: readers see either the old or the new rule base, never a partial one.
 */
final class RuleWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RuleWatcher.class);

  private final List<Path> directories;
  private final RuleReloadListener listener;
  private final RuleFileGuard guard;
  private final RuleChanges changes;
  private final Thread thread;
  private volatile CompiledRuleBase current;

  /**
   * Compiles the rules and starts watching, with {@code changes} made for the directories once they compiled.
   *
   * @throws EngagementException {@code RULE_COMPILATION} when the initial rules are not valid
   */
  RuleWatcher(List<Path> directories, RuleReloadListener listener, RuleFileGuard guard,
      Function<List<Path>, RuleChanges> changes) {
    this.directories = List.copyOf(directories);
    this.listener = listener;
    this.guard = guard;
    this.current = RuleBaseCompiler.compileOrThrow(RuleFiles.fromDirectories(this.directories), guard);
    this.changes = changes.apply(this.directories);
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
    List<RuleFile> sources;
    try {
      sources = RuleFiles.fromDirectories(directories);
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
      while (changes.awaitChange()) {
        try {
          reload();
        } catch (RuntimeException e) {
          LOG.warn("Reloading the rules failed; keeping rule base {}", current.info().version(), e);
        }
      }
    } catch (InterruptedException e) {
      // closed: stop watching
    }
  }

  @Override
  public void close() {
    changes.close();
    thread.interrupt();
  }
}
