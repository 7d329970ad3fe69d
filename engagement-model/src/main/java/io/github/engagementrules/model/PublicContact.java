package io.github.engagementrules.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A way for the public to reach the police: who or what it is, the person's name when the force names them, and how. */
@Value.Immutable
public abstract class PublicContact {
  /** Who or what this is, such as "Your ward's named PCSO" or "Police non-emergency number". */
  public abstract String description();

  /** The person's name, when the force names the holder of this post to the public. Personal data. */
  public abstract Optional<String> name();

  /** How to reach them, such as "Call 101 and ask for them by name." */
  public abstract String how();

  /** Creates a contact. */
  public static PublicContact of(String description, Optional<String> name, String how) {
    return builder().description(description).name(name).how(how).build();
  }

  /** A new builder. */
  public static ImmutablePublicContact.Builder builder() {
    return ImmutablePublicContact.builder();
  }
}
