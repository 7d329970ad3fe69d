package io.github.engagementrules.rules.internal;

import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleDescription;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled rule base, ready to decide: the Drools knowledge base, a pool of reusable sessions, and each rule's
 * description by name. Immutable and thread-safe (the pool hands each caller its own session).
 *
 * @param kieBase the compiled knowledge base
 * @param sessions the pool decisions take their sessions from
 * @param info the version and rules
 * @param rulesByName each rule's description, by rule name
 * @param precedence the declared precedence its findings are resolved by
 * @param reusableSessions the sessions decisions run in, taken from {@code sessions} and kept warm between decisions
 */
public record CompiledRuleBase(
    KieBase kieBase,
    KieSessionsPool sessions,
    RuleBaseInfo info,
    Map<String, RuleDescription> rulesByName,
    Precedence precedence,
    ReusableSessions reusableSessions) {

  /**
   * A compiled rule base whose decisions reuse sessions from {@code sessions}.
   *
   * @param kieBase the compiled knowledge base
   * @param sessions the pool decisions take their sessions from
   * @param info the version and rules
   * @param rulesByName each rule's description, by rule name
   * @param precedence the declared precedence its findings are resolved by
   */
  public CompiledRuleBase(
      KieBase kieBase,
      KieSessionsPool sessions,
      RuleBaseInfo info,
      Map<String, RuleDescription> rulesByName,
      Precedence precedence) {
    this(kieBase, sessions, info, rulesByName, precedence,
        new ReusableSessions(sessions, new Resolver(info, rulesByName, precedence)));
  }
}
