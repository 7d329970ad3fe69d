package io.github.engagementrules.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieServices;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.FactHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sessions a rule base decides in, kept warm between decisions. Thread-safe; each {@link Session} serves one
 * thread at a time.
 *
 * <p>Why not return each session to Drools' pool after every decision: the pool resets a returned session, clearing
 * every node memory and dropping its fact stores, which then have to be rebuilt; profiling showed that to be about a
 * quarter of a decision's time. A reused session instead deletes the decision's facts and keeps its memories.
 *
 * <p>Why sessions still go back to the pool now and then: Drools 10.2.0 can retain memory in a long-lived session
 * (a match undone by {@code modify} in a single-pattern rule stays behind after the fact is deleted). Retiring every
 * session through the pool's reset after {@value #DECISIONS_PER_SESSION} decisions bounds what any session can
 * retain, whatever the rules do, so retained heap stays flat however many decisions are made.
 *
 * <p>Why up to {@value #KEPT_SESSIONS} sessions are kept even on few threads: an idle session keeps the roster facts
 * of the place it last decided for, and moving it to another place costs up to a third of a decision's allocation
 * (every roster fact deleted and inserted feeds many joins). So a decision at a place no idle session holds opens a
 * new session while fewer than {@value #KEPT_SESSIONS} are open, instead of moving one that its own place will want
 * again; past that, the idle session given back longest ago moves. A session with one decision's worth of facts holds
 * about 64 KB, so the sessions kept cost about a megabyte, and a roster's busiest places stay seated.
 */
public final class ReusableSessions {
  private static final Logger LOG = LoggerFactory.getLogger(ReusableSessions.class);
  /** How many decisions a session makes before it is reset; a trade between reset cost and retained memory. */
  static final int DECISIONS_PER_SESSION = 10_000;
  /** How many sessions are kept for reuse, each seated at a place; more may be open while more threads decide. */
  static final int KEPT_SESSIONS = 16;

  private final KieSessionsPool pool;
  private final KieSessionConfiguration configuration;
  private final Resolver resolver;
  /**
   * The idle sessions, the one given back longest ago first; its lock also guards {@link #open}, and orders the
   * memory effects of a session handed from one thread to another.
   */
  private final List<Session> idle = new ArrayList<>(KEPT_SESSIONS);
  /** How many sessions are open, idle or deciding. */
  private int open;

  /**
   * Creates the cache over a pool.
   *
   * @param pool Drools' pool of the rule base, which creates and resets the sessions
   * @param resolver the rule base's resolver of findings, for the decisions made in these sessions
   */
  ReusableSessions(KieSessionsPool pool, Resolver resolver) {
    this.pool = pool;
    this.configuration = KieServices.Factory.get().newKieSessionConfiguration();
    // A session serves one thread at a time, handed over through the idle list (whose lock orders the memory effects),
    // so Drools' internal locking and synchronized propagation queue buy nothing here.
    configuration.setOption(ThreadSafeOption.NO);
    this.resolver = resolver;
  }

  /**
   * An idle session that already holds the roster facts of {@code place}, the one this thread used last if there are
   * several (its memory is likelier to be still in the caches of the processor this thread runs on); otherwise a new
   * one from the pool while fewer than {@value #KEPT_SESSIONS} are open or when every session is busy, and else the
   * idle session given back longest ago.
   */
  Session take(RosterFacts.Place place) {
    long thread = Thread.currentThread().getId();
    synchronized (idle) {
      int seatedElsewhere = -1;
      for (int i = 0; i < idle.size(); i++) {
        Session candidate = idle.get(i);
        if (candidate.seated == place) {
          if (candidate.lastThread == thread) {
            return idle.remove(i);
          }
          if (seatedElsewhere < 0) {
            seatedElsewhere = i; // the first found: given back longest ago
          }
        }
      }
      if (seatedElsewhere >= 0) {
        return idle.remove(seatedElsewhere);
      }
      if (open >= KEPT_SESSIONS && !idle.isEmpty()) {
        return idle.remove(0);
      }
      open++;
    }
    return new Session(pool.newKieSession(configuration), new DecisionRecorder(resolver));
  }

  /**
   * Takes back a session after a decision. A session that failed mid-decision is destroyed; one that has served its
   * {@value #DECISIONS_PER_SESSION} decisions, or finds no room among the idle ones, goes back to the pool.
   */
  void giveBack(Session session) {
    boolean reusable = !session.broken && session.decisions < DECISIONS_PER_SESSION;
    synchronized (idle) {
      if (reusable && idle.size() < KEPT_SESSIONS) {
        idle.add(session);
        return;
      }
      open--;
    }
    if (session.broken) {
      session.kieSession.destroy();
    } else {
      session.retire();
    }
  }

  /**
   * A Drools session with its recorder attached for as long as it is reused. Between decisions it keeps the roster
   * facts of the last place it decided for (they are the same for every decision there), so consecutive decisions for
   * one ward, as a batch grouped by ward makes them, insert and delete only the opportunity and the conclusions.
   */
  static final class Session {
    private final KieSession kieSession;
    private final DecisionRecorder recorder;
    /** The roster facts the session holds, and their handles at the same index. */
    private final List<Object> seatedFacts = new ArrayList<>();
    private final List<FactHandle> seatedHandles = new ArrayList<>();
    private RosterFacts.Place seated;
    /** The id of the thread that decided in it last, whose processor's caches are likeliest to hold its memory. */
    private long lastThread = -1;
    private int decisions;
    private boolean broken = true;

    private Session(KieSession kieSession, DecisionRecorder recorder) {
      this.kieSession = kieSession;
      this.recorder = recorder;
      kieSession.addEventListener((AgendaEventListener) recorder);
      kieSession.addEventListener((RuleRuntimeEventListener) recorder);
    }

    /**
     * Starts a decision at {@code place}: swaps in the place's roster facts unless the session holds them already.
     * The session counts as broken until {@link #finish} cleans it, so a decision that throws half way never leaves
     * its facts behind for the next one.
     */
    KieSession begin(RosterFacts.Place place) {
      broken = true;
      decisions++;
      lastThread = Thread.currentThread().getId();
      if (seated != place) {
        seated = null;
        swapRosterFacts(place.facts());
        seated = place;
        recorder.clear(); // the roster facts stay when the decision's facts are deleted
      }
      return kieSession;
    }

    /**
     * Deletes the roster facts that {@code facts} lacks and inserts those the session lacks. Places of one borough
     * share their borough's facts (the same objects; see {@link RosterFacts}), so moving between two wards of a
     * borough swaps only the ward and its PCSO: every fact inserted or deleted costs a tuple in each join it feeds.
     */
    private void swapRosterFacts(List<Object> facts) {
      for (int i = seatedFacts.size() - 1; i >= 0; i--) {
        if (!containsSame(facts, seatedFacts.get(i))) {
          kieSession.delete(seatedHandles.get(i));
          seatedFacts.remove(i);
          seatedHandles.remove(i);
        }
      }
      for (Object fact : facts) {
        if (!containsSame(seatedFacts, fact)) {
          seatedHandles.add(kieSession.insert(fact));
          seatedFacts.add(fact);
        }
      }
    }

    /** Whether {@code facts} holds {@code fact} itself: the session tells facts apart by identity. */
    private static boolean containsSame(List<Object> facts, Object fact) {
      for (Object candidate : facts) {
        if (candidate == fact) {
          return true;
        }
      }
      return false;
    }

    DecisionRecorder recorder() {
      return recorder;
    }

    /**
     * Deletes every fact of the decision but the roster facts, leaving the session ready for the next one; a session
     * that cannot be cleaned stays broken and is destroyed when given back.
     */
    void finish() {
      try {
        recorder.deleteFacts(kieSession);
        broken = kieSession.getFactCount() != seatedHandles.size();
      } catch (RuntimeException e) {
        LOG.warn("A rule session could not be emptied after a decision and is discarded", e);
        broken = true;
      }
    }

    /** Detaches the recorder and returns the session to the pool, which resets it. */
    private void retire() {
      kieSession.removeEventListener((AgendaEventListener) recorder);
      kieSession.removeEventListener((RuleRuntimeEventListener) recorder);
      kieSession.dispose();
    }
  }
}
