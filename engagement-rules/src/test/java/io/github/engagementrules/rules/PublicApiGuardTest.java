package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.rules.internal.CompiledRuleBase;
import io.github.engagementrules.rules.internal.DroolsDecider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The runtime's public API (packages {@code io.github.engagementrules.model} and {@code io.github.engagementrules.rules})
 * never exposes a type from an {@code internal} package in a public or protected signature: users could otherwise come
 * to depend on types that change without notice. The authoring module checks its own package the same way.
 */
class PublicApiGuardTest {

  @Test
  void publicApiExposesNoInternalType() throws Exception {
    List<Class<?>> api = new ArrayList<>();
    api.addAll(ApiSignatures.classesOf(Decision.class));
    api.addAll(ApiSignatures.classesOf(EngagementRules.class));
    assertTrue(api.size() > 30, "found only " + api.size() + " API classes: the scan is broken");

    Set<String> exposures = new TreeSet<>();
    for (Class<?> type : api) {
      exposures.addAll(ApiSignatures.exposures(type));
    }
    assertEquals(Set.of(), exposures);
  }

  @Test
  void guardReportsAnExposedInternalType() {
    // The guard itself must be able to fail: the fixture leaks internal types in four different ways.
    String fixture = LeakyApi.class.getName();
    assertEquals(
        Set.of(
            fixture + ".ruleBase has type " + CompiledRuleBase.class.getName(),
            fixture + ".decider() returns " + DroolsDecider.class.getName(),
            fixture + ".rules(java.util.List) takes " + CompiledRuleBase.class.getName(),
            fixture + "$LeakyOrder extends or implements " + CompiledRuleBase.class.getName()),
        Set.copyOf(ApiSignatures.exposures(LeakyApi.class)));
  }

  /** A fixture that leaks internal types through a field, a return type, a type argument and a nested subclass. */
  public static class LeakyApi {
    /** Leaks through a field. */
    public CompiledRuleBase ruleBase;

    /** Not visible, so not a leak. */
    @SuppressWarnings("unused")
    private DroolsDecider hidden;

    /** Leaks through a return type. */
    public DroolsDecider decider() {
      return null;
    }

    /** Leaks through a type argument. */
    protected void rules(List<? extends CompiledRuleBase> rules) {}

    /** Leaks through a supertype's type argument. */
    public abstract static class LeakyOrder implements Comparable<CompiledRuleBase> {}
  }
}
