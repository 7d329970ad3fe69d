package io.github.engagementrules.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** The force roster: boroughs, their wards and the named officers by role. Replace it when officers move on. */
@Value.Immutable
public abstract class Roster {
  /** The boroughs. */
  public abstract List<Borough> boroughs();

  /** The borough with this name, if any; constant time whatever the size of the roster. */
  public Optional<Borough> borough(String boroughName) {
    return Optional.ofNullable(boroughsByName().get(boroughName));
  }

  @Value.Lazy
  Map<String, Borough> boroughsByName() {
    return boroughs().stream().collect(Collectors.toUnmodifiableMap(Borough::name, Function.identity()));
  }

  /** A new builder. */
  public static ImmutableRoster.Builder builder() {
    return ImmutableRoster.builder();
  }

  @Value.Check
  void check() {
    Checks.unique("boroughs", boroughs(), Borough::name);
  }
}
