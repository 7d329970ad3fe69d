package io.github.engagementrules.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** The force roster: boroughs, their wards and the named officers by role. Replace it when officers move on. */
@Value.Immutable
public abstract class Roster {
  /** The boroughs. */
  public abstract List<Borough> boroughs();

  /**
   * The roles whose holders the force names to the public, in answers to the people who invite the police; by default
   * only the ward's PCSO ("Every neighbourhood/ward will have a named individual (PCSO) as the point of contact").
   * Empty to name no one.
   */
  @SuppressWarnings("immutables:untype") // a set given whole, or the default: no add methods are wanted
  @Value.Default
  public Set<Role> publiclyNamedRoles() {
    return DEFAULT_PUBLICLY_NAMED_ROLES;
  }

  /** The roles named to the public unless the force chooses otherwise: the ward's PCSO. */
  public static final Set<Role> DEFAULT_PUBLICLY_NAMED_ROLES = Set.of(Role.PCSO);

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

  /** Checks the names are unique, and holds the publicly named roles in an unmodifiable copy of the set given. */
  @Value.Check
  Roster check() {
    Checks.unique("boroughs", boroughs(), Borough::name);
    Set<Role> roles = Set.copyOf(publiclyNamedRoles()); // the same set when it is unmodifiable already
    return roles == publiclyNamedRoles()
        ? this
        : ImmutableRoster.builder().addAllBoroughs(boroughs()).publiclyNamedRoles(roles).build();
  }
}
