package io.github.engagementrules.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Someone taking part in an opportunity: an elected member, a partner, a community group. Names are personal data. */
@Value.Immutable
public abstract class Stakeholder {
  /** What kind of stakeholder this is. */
  public abstract StakeholderType type();

  /** The stakeholder's name, if given. */
  public abstract Optional<String> name();

  /** Creates a stakeholder with a name. */
  public static Stakeholder of(StakeholderType type, String name) {
    return builder().type(type).name(name).build();
  }

  /** Creates a stakeholder without a name. */
  public static Stakeholder of(StakeholderType type) {
    return builder().type(type).build();
  }

  /** A new builder. */
  public static ImmutableStakeholder.Builder builder() {
    return ImmutableStakeholder.builder();
  }

  @Value.Check
  void check() {
    name().ifPresent(n -> Checks.text("name", n));
  }
}
