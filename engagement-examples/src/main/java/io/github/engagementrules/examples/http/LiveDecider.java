package io.github.engagementrules.examples.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.ReloadingDecider;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleProblem;
import io.github.engagementrules.rules.RuleReloadListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decider a running service decides with, which follows the force: {@link #reloadRoster()} reads the roster file
 * again and swaps in a decider for it, and with rule directories the rules are reloaded by the library's {@link
 * ReloadingDecider}. A roster or rules that cannot be loaded leave the last good ones in use; the log and {@link
 * #status()} say why. Each request takes {@link #current()} once, so a request is decided with one roster and one rule
 * base, which every decision names ({@code ruleBaseVersion}, {@code rosterVersion}).
 *
 * <p>Thread-safe: reloads may come from a file watcher, a signal and the rule watcher at once; each swap is atomic.
 */
public final class LiveDecider implements RuleReloadListener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveDecider.class);

  /** What a reload did. */
  public enum Outcome {
    /** The new roster or rules are in use. */
    LOADED,
    /** The file did not change: nothing was swapped. */
    UNCHANGED,
    /** The new roster or rules could not be loaded: the last good ones stay in use. */
    REJECTED
  }

  /**
   * The last reload of the roster or the rules.
   *
   * @param outcome what it did
   * @param at when it happened
   * @param version the version in use after it
   * @param problem why it was rejected, when it was
   */
  public record Reload(Outcome outcome, Instant at, String version, Optional<String> problem) {
    ObjectNode toJson() {
      ObjectNode json =
          JsonNodeFactory.instance.objectNode()
              .put("outcome", outcome.name())
              .put("at", at.toString())
              .put("version", version);
      problem.ifPresent(p -> json.put("problem", p));
      return json;
    }
  }

  private final Path rosterFile;
  private final Clock clock;
  private final AtomicReference<EngagementDecider> current = new AtomicReference<>();
  private final AtomicReference<Reload> lastRosterReload = new AtomicReference<>();
  private final AtomicReference<Reload> lastRulesReload = new AtomicReference<>();
  private final BiConsumer<String, Outcome> onReload;

  private LiveDecider(Path rosterFile, Clock clock, BiConsumer<String, Outcome> onReload) {
    this.rosterFile = rosterFile;
    this.clock = clock;
    this.onReload = onReload;
  }

  /**
   * Builds the decider and starts following the force with it.
   *
   * @param rules the builder, with the roster read from {@code rosterFile} and the rule directories, if any
   * @param reloadRules whether the builder has rule directories, to be watched and reloaded ({@link
   *     EngagementRules.Builder#buildReloading()}); without them, the built-in rules are used
   * @param rosterFile where the roster is read again on {@link #reloadRoster()}
   * @param clock when reloads happened, for {@link #status()}
   * @param onReload told of every reload, {@code ("roster" | "rules", outcome)}, for metrics; quick and thread-safe
   * @return the live decider; close it to stop watching the rules
   * @throws EngagementException {@code RULE_COMPILATION} when the rules are not valid now
   */
  public static LiveDecider start(EngagementRules.Builder rules, boolean reloadRules, Path rosterFile, Clock clock,
      BiConsumer<String, Outcome> onReload) {
    LiveDecider live = new LiveDecider(rosterFile, clock, onReload);
    live.current.set(reloadRules ? rules.reloadListener(live).buildReloading() : rules.build());
    return live;
  }

  /** The decider to decide a request with: one roster and one rule base, whatever is reloaded meanwhile. */
  public EngagementDecider current() {
    return current.get();
  }

  /**
   * Reads the roster file again; when it holds a valid roster that differs from the one in use, decisions use it from
   * now on. A file that cannot be read or holds no valid roster leaves the last good roster in use, logged as a
   * warning and shown by {@link #status()}.
   *
   * @return what the reload did
   */
  public synchronized Reload reloadRoster() {
    EngagementDecider before = current.get();
    Reload reload;
    try {
      Roster roster = EngagementJson.readRoster(Files.readString(rosterFile, StandardCharsets.UTF_8));
      EngagementDecider next = before.withRoster(roster);
      if (next.rosterVersion().equals(before.rosterVersion())) {
        reload = new Reload(Outcome.UNCHANGED, clock.instant(), before.rosterVersion(), Optional.empty());
      } else {
        current.set(next);
        reload = new Reload(Outcome.LOADED, clock.instant(), next.rosterVersion(), Optional.empty());
        LOG.info("roster reloaded from {}: version {} (was {})", rosterFile, next.rosterVersion(),
            before.rosterVersion());
      }
    } catch (NoSuchFileException e) {
      reload = rejected(before, "roster file '" + rosterFile + "' does not exist");
    } catch (IOException e) {
      reload = rejected(before, "cannot read roster file '" + rosterFile + "': " + e.getMessage());
    } catch (EngagementException e) {
      reload = rejected(before, "roster file '" + rosterFile + "': " + e.getMessage());
    }
    lastRosterReload.set(reload);
    onReload.accept("roster", reload.outcome());
    return reload;
  }

  private Reload rejected(EngagementDecider before, String problem) {
    LOG.warn("roster not reloaded, version {} stays in use: {}", before.rosterVersion(), problem);
    return new Reload(Outcome.REJECTED, clock.instant(), before.rosterVersion(), Optional.of(problem));
  }

  /**
   * Rebuilds the rules from their directories now, when the service decides with rule directories (nothing happens
   * with the built-in rules); the outcome reaches {@link #status()} through {@link #reloaded} or {@link #rejected}.
   */
  public void reloadRules() {
    if (current.get() instanceof ReloadingDecider reloading) {
      reloading.reload();
    }
  }

  @Override
  public void reloaded(RuleBaseInfo ruleBase) {
    lastRulesReload.set(new Reload(Outcome.LOADED, clock.instant(), ruleBase.version(), Optional.empty()));
    onReload.accept("rules", Outcome.LOADED);
  }

  @Override
  public void rejected(List<RuleProblem> errors) {
    String problem = errors.stream().map(RuleProblem::toString).collect(Collectors.joining("; "));
    lastRulesReload.set(
        new Reload(Outcome.REJECTED, clock.instant(), current.get().ruleBase().version(), Optional.of(problem)));
    onReload.accept("rules", Outcome.REJECTED);
  }

  /**
   * What is in use and how the last reloads went: {@code {"ruleBaseVersion", "rules", "rosterVersion", "reloads":
   * {"roster"?: reload, "rules"?: reload}}}, each reload {@code {"outcome", "at", "version", "problem"?}}. Taken under
   * the lock a roster reload holds, so that it never shows a new roster without the reload that brought it.
   */
  public synchronized ObjectNode status() {
    EngagementDecider decider = current.get();
    ObjectNode status =
        JsonNodeFactory.instance.objectNode()
            .put("ruleBaseVersion", decider.ruleBase().version())
            .put("rules", decider.ruleBase().rules().size())
            .put("rosterVersion", decider.rosterVersion());
    ObjectNode reloads = status.putObject("reloads");
    Optional.ofNullable(lastRosterReload.get()).ifPresent(r -> reloads.set("roster", r.toJson()));
    Optional.ofNullable(lastRulesReload.get()).ifPresent(r -> reloads.set("rules", r.toJson()));
    return status;
  }

  /** Stops watching the rule directories, if any. */
  @Override
  public void close() {
    if (current.get() instanceof ReloadingDecider reloading) {
      reloading.close(); // the watcher is shared by every decider made from it with withRoster
    }
  }
}
