package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.rules.internal.RuleFileGuard;
import io.github.engagementrules.rules.internal.TriggeredRuleChanges;
import io.github.engagementrules.rules.internal.WatchingDecider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@link ReloadingDecider} whose rule files are edited on disk while threads keep deciding: a good edit is picked
 * up, a bad edit is reported (file:line) and ignored, and no decision fails on the way. The watcher is told of each
 * edit by a {@link TriggeredRuleChanges} rather than the platform's file watcher, so nothing here depends on how soon
 * an edit is noticed; {@code WatchedRuleChangesTest} covers the file watcher itself.
 */
class ReloadingDeciderTest {
  private static final String OLD_REASON = "@reason(\"Police do not attend simply to deliver statistical";
  private static final String NEW_REASON = "@reason(\"EDITED: police do not attend simply to deliver statistical";

  @TempDir Path temp;

  private final TriggeredRuleChanges changes = new TriggeredRuleChanges();

  private final BlockingQueue<RuleBaseInfo> reloaded = new LinkedBlockingQueue<>();
  private final BlockingQueue<List<RuleProblem>> rejected = new LinkedBlockingQueue<>();
  private final RuleReloadListener listener = new RuleReloadListener() {
    @Override
    public void reloaded(RuleBaseInfo ruleBase) {
      reloaded.add(ruleBase);
    }

    @Override
    public void rejected(List<RuleProblem> errors) {
      rejected.add(errors);
    }
  };

  private final Opportunity statisticsMeeting =
      Opportunity.builder()
          .id("stats")
          .kind(OpportunityKind.COMMUNITY_MEETING)
          .borough(Rosters.FULL)
          .ward(Rosters.STAFFED_WARD)
          .addRequests(Request.STATISTICS_REPORT)
          .build();

  @Test
  void rulesEditedWhileDeciding_goodEditIsPickedUp_badEditIsReportedAndIgnored() throws Exception {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"));
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    Set<String> versionsSeen = new HashSet<>(); // guarded by itself; notified on every new version
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong decided = new AtomicLong();
    List<Opportunity> samples = VariedOpportunities.of(Rosters.standard(), 7, 500);

    try (ReloadingDecider decider = triggered(rules)) {
      String original = decider.ruleBase().version();
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        Thread thread = new Thread(() -> {
          int i = 0;
          while (running.get()) {
            try {
              Decision decision = decider.decide(samples.get(i++ % samples.size()));
              synchronized (versionsSeen) {
                if (versionsSeen.add(decision.ruleBaseVersion())) {
                  versionsSeen.notifyAll();
                }
              }
              decided.incrementAndGet();
            } catch (Throwable e) {
              failures.add(e);
              synchronized (versionsSeen) {
                versionsSeen.notifyAll(); // the waiting test reports the failure
              }
            }
          }
        });
        thread.start();
        threads.add(thread);
      }

      rules.replace("community-meetings.drl", OLD_REASON, NEW_REASON);
      changes.trigger();
      RuleBaseInfo edited = reloaded.take();

      assertNotEquals(original, edited.version());
      assertEquals(edited.version(), decider.ruleBase().version());
      Decision afterGoodEdit = decider.decide(statisticsMeeting);
      assertEquals(edited.version(), afterGoodEdit.ruleBaseVersion());
      assertEquals(Attendance.REDIRECT, afterGoodEdit.attendance());
      assertTrue(afterGoodEdit.reasons().get(0).text().startsWith("EDITED: "), afterGoodEdit.reasons()::toString);

      rules.replace("patrols.drl", "@tier(\"engage\")", "@tier(\"engage\") oops");
      int badLine = rules.lineOf("patrols.drl", "oops");
      changes.trigger();
      List<RuleProblem> errors = rejected.take();

      assertEquals(rules.file("patrols.drl").toString(), errors.get(0).file());
      assertEquals(badLine, errors.get(0).line());
      assertEquals(edited.version(), decider.ruleBase().version(), "the last good rules stay in use");
      assertEquals(edited.version(), decider.decide(statisticsMeeting).ruleBaseVersion());

      synchronized (versionsSeen) {
        while (!versionsSeen.contains(edited.version()) && failures.isEmpty()) {
          versionsSeen.wait(); // the deciding threads go on until one of them decides with the edited rules
        }
      }
      running.set(false);
      for (Thread thread : threads) {
        thread.join();
      }
      assertEquals(List.of(), failures, "no decision may fail during a reload");
      assertTrue(decided.get() > 0);
      assertTrue(reloaded.isEmpty(), "the bad edit did not reload anything");
    } finally {
      running.set(false);
    }
  }

  /** A reloading decider on the rule copies that reloads when {@link #changes} is triggered. */
  private ReloadingDecider triggered(RuleCopies rules) {
    return new WatchingDecider(List.of(rules.directory()), Rosters.standard(), EngagementRules.DEFAULT_FIRING_LIMIT,
        listener, RuleFileGuard.allowing(Set.of()), null, directories -> changes);
  }

  @Test
  void reloadingDeciderWithRoster_followsTheSameRules_andReloadCanBeAskedFor() throws Exception {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules"));
    try (ReloadingDecider decider = EngagementRules.builder()
        .roster(Rosters.standard())
        .ruleDirectory(rules.directory())
        .reloadListener(listener)
        .buildReloading()) {
      ReloadingDecider sparse = decider.withRoster(Rosters.standard());
      rules.replace("community-meetings.drl", OLD_REASON, NEW_REASON);

      RuleBaseValidation validation = sparse.reload();

      assertTrue(validation.isValid());
      String version = validation.ruleBase().orElseThrow().version();
      assertEquals(version, decider.decide(statisticsMeeting).ruleBaseVersion());
      assertEquals(version, sparse.decide(statisticsMeeting).ruleBaseVersion());
    }
  }

  @Test
  void invalidRulesAtStart_failTheBuild() {
    RuleCopies rules = RuleCopies.of(temp.resolve("rules")).replace("patrols.drl", "@tier(\"engage\")", "@tier(\"engage\") oops");

    EngagementException e = assertThrows(EngagementException.class,
        () -> EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(rules.directory()).buildReloading());

    assertEquals(ErrorCode.RULE_COMPILATION, e.code());
    assertTrue(e.getMessage().contains(rules.file("patrols.drl").toString()), e::getMessage);
  }
}
