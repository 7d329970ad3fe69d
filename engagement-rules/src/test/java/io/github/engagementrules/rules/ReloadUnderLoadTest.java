package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.internal.RuleFileGuard;
import io.github.engagementrules.rules.internal.TriggeredRuleChanges;
import io.github.engagementrules.rules.internal.WatchingDecider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hot reload under load: while threads decide without pause, a rule file is swapped again and again between good
 * versions and broken ones (a syntax error, a forbidden {@code System} call, a rule without its section). No decision
 * fails, every decision is tagged with a rule-base version that existed, and broken versions never take over.
 *
 * <p>The test drives every swap itself ({@link ReloadingDecider#reload()}; the file watcher is replaced by a
 * {@link TriggeredRuleChanges} that is never triggered) and, after each good swap, waits until every deciding thread
 * has decided with the new rules: that decisions spanned several rule bases follows, whatever the scheduling.
 */
class ReloadUnderLoadTest {
  private static final String FILE = "patrols.drl";
  private static final int SWAPS = 6;
  private static final int THREADS = 4;

  /** A file version: how it changes the built-in file, and whether it must be accepted. */
  private record Version(String name, UnaryOperator<String> edit, boolean good) {}

  private static final List<Version> VERSIONS =
      List.of(
          new Version("reworded reason", drl -> drl.replace("@reason(\"Patrols default", "@reason(\"(v2) Patrols default"), true),
          new Version("syntax error", drl -> drl.replace("  Opportunity(kind == OpportunityKind.PATROL)\nthen", "  Opportunity(kind == OpportunityKind.PATROL\nthen"),
              false),
          new Version("original", UnaryOperator.identity(), true),
          new Version("System call", drl -> drl.replace("insert(Action.GATHER_INTELLIGENCE);",
              "insert(Action.GATHER_INTELLIGENCE); System.exit(3);"), false),
          new Version("reworded again", drl -> drl.replace("@reason(\"Patrols default", "@reason(\"(v3) Patrols default"), true),
          new Version("rule without section", drl -> drl.replace("  @section(\"patrols\")\n  @quote(\"Their default",
              "  @quote(\"Their default"), false));

  @TempDir Path rules;
  @TempDir Path scratch;

  /**
   * Writes the file beside the rules and moves it into place in one step: the watcher must never see it half
   * written (an empty file is valid DRL that simply lacks the section's rules). Editors and deployments should do
   * the same; see docs/RELIABILITY.md.
   */
  private void replaceAtomically(Path file, String content) throws IOException {
    Path staged = Files.writeString(scratch.resolve(file.getFileName()), content, StandardCharsets.UTF_8);
    Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Test
  void ruleFilesSwappedWhileThreadsDecide_noDecisionFails_andEveryVersionExisted() throws Exception {
    for (var source : RuleFiles.builtIn()) {
      Files.writeString(rules.resolve(source.name().substring(source.name().lastIndexOf('/') + 1)), source.content());
    }
    String original = Files.readString(rules.resolve(FILE));
    Set<String> existed = ConcurrentHashMap.newKeySet(); // the versions of the good files
    Set<String> heard = ConcurrentHashMap.newKeySet();
    Map<String, Set<Integer>> seen = new HashMap<>(); // version -> threads that decided with it; guarded by itself
    List<Throwable> failures = new ArrayList<>();
    AtomicLong decisions = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    List<Opportunity> inputs = ConcurrentDecisionsTest.inputs();

    RuleReloadListener listener = new RuleReloadListener() {
      @Override
      public void reloaded(RuleBaseInfo ruleBase) {
        heard.add(ruleBase.version());
      }
    };
    try (ReloadingDecider decider = new WatchingDecider(List.of(rules), Rosters.standard(),
        EngagementRules.DEFAULT_FIRING_LIMIT, listener, RuleFileGuard.allowing(Set.of()), null,
        directories -> new TriggeredRuleChanges())) {
      existed.add(decider.ruleBase().version());
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * 97;
        int id = t;
        Thread thread = new Thread(() -> {
          for (int i = offset; !stop.get(); i++) {
            Opportunity opportunity = inputs.get(i % inputs.size());
            try {
              Decision decision = decider.decide(opportunity);
              decisions.incrementAndGet();
              synchronized (seen) {
                if (seen.computeIfAbsent(decision.ruleBaseVersion(), v -> new HashSet<>()).add(id)) {
                  seen.notifyAll();
                }
              }
            } catch (Throwable e) {
              synchronized (seen) {
                failures.add(e);
                seen.notifyAll();
              }
            }
          }
        }, "decider-" + t);
        thread.start();
        threads.add(thread);
      }

      int goodReloads = 0;
      for (int swap = 0; swap < SWAPS; swap++) {
        Version version = VERSIONS.get(swap % VERSIONS.size());
        replaceAtomically(rules.resolve(FILE), version.edit().apply(original));

        RuleBaseValidation reload = decider.reload();

        assertEquals(version.good(), reload.isValid(), version.name() + ": " + reload.errors());
        if (version.good()) {
          String now = reload.ruleBase().orElseThrow().version();
          existed.add(now);
          goodReloads++;
          synchronized (seen) {
            while (seen.getOrDefault(now, Set.of()).size() < THREADS && failures.isEmpty()) {
              seen.wait(); // every thread decides with the new rules before the next swap
            }
          }
        } else {
          assertTrue(existed.contains(decider.ruleBase().version()), version.name() + " must not replace the rules");
        }
      }
      stop.set(true);
      for (Thread thread : threads) {
        thread.join();
      }

      assertEquals(List.of(), failures, "no decision may fail during reloads");
      assertTrue(existed.containsAll(seen.keySet()),
          "decisions tagged " + seen.keySet() + ", versions that existed " + existed);
      assertTrue(existed.containsAll(heard), "reloaded " + heard + ", versions that existed " + existed);
      // The initial rules (the same as "original") and the two rewordings.
      assertEquals(3, existed.size(), existed::toString);
      assertEquals(existed, seen.keySet(), "every good version decided on every thread");
      assertTrue(decisions.get() > 0 && goodReloads == SWAPS / 2, decisions + " decisions, " + goodReloads);
      System.out.printf("reload under load: %d swaps (%d good), %d decisions on 4 threads, %d versions seen%n",
          SWAPS, goodReloads, decisions.get(), seen.size());
    }
  }
}
