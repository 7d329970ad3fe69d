package io.github.engagementrules.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A neighbourhood or ward, with its named PCSO when one is in post. */
@Value.Immutable
public abstract class Ward {
  /** The ward's name, unique within its borough. */
  public abstract String name();

  /** The ward's named PCSO, the point of contact; empty while the post is vacant. */
  public abstract Optional<Officer> pcso();

  /** A new builder. */
  public static ImmutableWard.Builder builder() {
    return ImmutableWard.builder();
  }

  @Value.Check
  void check() {
    Checks.text("name", name());
  }
}
