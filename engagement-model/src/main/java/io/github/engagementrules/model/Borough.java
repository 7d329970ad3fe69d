package io.github.engagementrules.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** A borough: its command team, the posts it has filled, whether it has cadets, and its wards. */
@Value.Immutable
public abstract class Borough {
  /** The borough's name, unique within the roster. */
  public abstract String name();

  /** The Borough Inspector. */
  public abstract Officer boroughInspector();

  /** The Neighbourhood Inspector. */
  public abstract Officer neighbourhoodInspector();

  /** The Divisional Commander. */
  public abstract Officer divisionalCommander();

  /** The partner contact the Borough Inspector has designated, if one has been agreed. */
  public abstract Optional<Officer> designatedPartnerContact();

  /** The higher-education liaison officer, where the borough has one. */
  public abstract Optional<Officer> higherEducationLiaisonOfficer();

  /** The police Prevent lead, where named. */
  public abstract Optional<Officer> preventLead();

  /** The Community Engagement Volunteer, where named. */
  public abstract Optional<Officer> communityEngagementVolunteer();

  /** Whether the borough has Volunteer Police Cadets who can support events. */
  public abstract boolean cadetsAvailable();

  /** Whether the borough has patrol plans ("Each Borough should have patrol plans where relevant"); default true. */
  @Value.Default
  public boolean patrolPlans() {
    return true;
  }

  /**
   * Universities and colleges in the borough with a dedicated liaison officer of their own; the borough's {@link
   * #higherEducationLiaisonOfficer()} serves the others.
   */
  public abstract List<Institution> institutions();

  /** The institution with this name, ignoring case and surrounding spaces, if the borough lists it. */
  public Optional<Institution> institution(String institutionName) {
    return Optional.ofNullable(institutionsByName().get(institutionKey(institutionName)));
  }

  @Value.Lazy
  Map<String, Institution> institutionsByName() {
    return institutions().stream()
        .collect(Collectors.toUnmodifiableMap(i -> institutionKey(i.name()), Function.identity()));
  }

  private static String institutionKey(String name) {
    return name.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** The borough's wards. */
  public abstract List<Ward> wards();

  /** The ward with this name, if the borough has it; constant time. */
  public Optional<Ward> ward(String wardName) {
    return Optional.ofNullable(wardsByName().get(wardName));
  }

  @Value.Lazy
  Map<String, Ward> wardsByName() {
    return wards().stream().collect(Collectors.toUnmodifiableMap(Ward::name, Function.identity()));
  }

  /** A new builder. */
  public static ImmutableBorough.Builder builder() {
    return ImmutableBorough.builder();
  }

  @Value.Check
  void check() {
    Checks.text("name", name());
    Checks.unique("wards", wards(), Ward::name);
    Checks.unique("institutions", institutions(), i -> institutionKey(i.name()));
  }
}
