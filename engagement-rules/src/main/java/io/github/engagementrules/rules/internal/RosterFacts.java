package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Institution;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.RosterPost;
import io.github.engagementrules.model.Stakeholder;
import io.github.engagementrules.model.StakeholderType;
import io.github.engagementrules.model.Ward;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The roster prepared once as facts: for each ward, the borough, the ward and the filled posts that a decision there
 * inserts. Looking a place up is a hash lookup, whatever the size of the roster.
 */
final class RosterFacts {
  /**
   * The facts for one ward: the borough, the ward and its filled posts, which a decision there inserts besides the
   * opportunity. Compared by identity, which is cheap and exact: a session holding these very facts needs no others.
   * The places of one borough share its facts (the same borough and post objects), so a session moving between them
   * swaps only the facts that differ.
   */
  static final class Place {
    private final List<Object> facts;

    private Place(List<Object> facts) {
      this.facts = facts;
    }

    List<Object> facts() {
      return facts;
    }
  }

  /** The stakeholders that may name an institution with its own liaison officer. */
  private static final Set<StakeholderType> INSTITUTIONS = Set.of(StakeholderType.UNIVERSITY, StakeholderType.COLLEGE);

  /** The key of a borough's borough-wide place: no ward name can be empty. */
  private static final String BOROUGH_WIDE = "";

  /** A ward's (or the borough-wide) place, and its variants for the borough's institutions, by institution. */
  private record WardPlaces(Place place, Map<Institution, Place> byInstitution) {}

  private final Map<String, Map<String, WardPlaces>> places;
  private final Map<String, Borough> boroughs;
  private final String version;

  private RosterFacts(Map<String, Map<String, WardPlaces>> places, Map<String, Borough> boroughs, String version) {
    this.places = places;
    this.boroughs = boroughs;
    this.version = version;
  }

  /** The version of the roster these facts were made from (see {@link ContentHash#of(Roster)}). */
  String version() {
    return version;
  }

  static RosterFacts of(Roster roster) {
    Map<String, Map<String, WardPlaces>> places = new HashMap<>();
    Map<String, Borough> boroughs = new HashMap<>();
    for (Borough borough : roster.boroughs()) {
      boroughs.put(borough.name(), borough);
      List<RosterPost> boroughPosts = new ArrayList<>();
      boroughPosts.add(RosterPost.of(Role.BOROUGH_INSPECTOR, borough.boroughInspector()));
      boroughPosts.add(RosterPost.of(Role.NEIGHBOURHOOD_INSPECTOR, borough.neighbourhoodInspector()));
      boroughPosts.add(RosterPost.of(Role.DIVISIONAL_COMMANDER, borough.divisionalCommander()));
      borough.designatedPartnerContact()
          .ifPresent(o -> boroughPosts.add(RosterPost.of(Role.DESIGNATED_PARTNER_CONTACT, o)));
      borough.preventLead().ifPresent(o -> boroughPosts.add(RosterPost.of(Role.PREVENT_LEAD, o)));
      borough.communityEngagementVolunteer()
          .ifPresent(o -> boroughPosts.add(RosterPost.of(Role.COMMUNITY_ENGAGEMENT_VOLUNTEER, o)));
      Liaisons liaisons = Liaisons.of(borough);
      Map<String, WardPlaces> wards = new HashMap<>();
      wards.put(BOROUGH_WIDE, places(liaisons, List.of(borough), boroughPosts));
      for (Ward ward : borough.wards()) {
        List<Object> facts = new ArrayList<>();
        facts.add(borough);
        facts.add(ward);
        facts.addAll(boroughPosts);
        ward.pcso().ifPresent(o -> facts.add(RosterPost.of(Role.PCSO, o)));
        wards.put(ward.name(), places(liaisons, facts, List.of()));
      }
      places.put(borough.name(), Map.copyOf(wards));
    }
    return new RosterFacts(Map.copyOf(places), Map.copyOf(boroughs), ContentHash.of(roster));
  }

  /**
   * A borough's higher-education liaison posts: its own officer's, if any, and each institution's own officer's.
   * Made once per borough, so that all its places share the very same post facts.
   */
  private record Liaisons(Optional<RosterPost> borough, Map<Institution, RosterPost> byInstitution) {
    static Liaisons of(Borough borough) {
      Map<Institution, RosterPost> byInstitution = new HashMap<>();
      for (Institution institution : borough.institutions()) {
        byInstitution.put(institution,
            RosterPost.of(Role.HIGHER_EDUCATION_LIAISON_OFFICER, institution.higherEducationLiaisonOfficer()));
      }
      return new Liaisons(
          borough.higherEducationLiaisonOfficer().map(o -> RosterPost.of(Role.HIGHER_EDUCATION_LIAISON_OFFICER, o)),
          Map.copyOf(byInstitution));
    }
  }

  /**
   * The place with {@code facts} and {@code posts}, and its variants in which an institution's own liaison officer
   * holds the higher-education liaison post instead of the borough's.
   */
  private static WardPlaces places(Liaisons liaisons, List<?> facts, List<RosterPost> posts) {
    List<Object> shared = new ArrayList<>(facts);
    shared.addAll(posts);
    List<Object> withBoroughLiaison = new ArrayList<>(shared);
    liaisons.borough().ifPresent(withBoroughLiaison::add);
    Map<Institution, Place> byInstitution = new HashMap<>();
    liaisons.byInstitution().forEach((institution, liaison) -> {
      List<Object> withOwnLiaison = new ArrayList<>(shared);
      withOwnLiaison.add(liaison);
      byInstitution.put(institution, new Place(List.copyOf(withOwnLiaison)));
    });
    return new WardPlaces(new Place(List.copyOf(withBoroughLiaison)), Map.copyOf(byInstitution));
  }

  /**
   * The facts for the opportunity's ward, or for its borough as a whole when it names no ward (no {@code Ward} fact
   * and no ward PCSO then).
   *
   * @throws EngagementException {@link ErrorCode#UNKNOWN_PLACE} naming the borough or ward the roster lacks
   */
  Place place(Opportunity opportunity) {
    WardPlaces places = wardPlaces(opportunity.borough(), opportunity.ward());
    if (!places.byInstitution().isEmpty()) {
      Borough borough = boroughs.get(opportunity.borough());
      for (Stakeholder stakeholder : opportunity.stakeholders()) {
        if (INSTITUTIONS.contains(stakeholder.type())) {
          Optional<Institution> institution = stakeholder.name().flatMap(borough::institution);
          if (institution.isPresent()) {
            return places.byInstitution().get(institution.get()); // the first named institution's officer serves
          }
        }
      }
    }
    return places.place();
  }

  /** The facts for {@code ward} of {@code borough}, or for the borough as a whole without a ward. */
  Place place(String borough, Optional<String> wardName) {
    return wardPlaces(borough, wardName).place();
  }

  private WardPlaces wardPlaces(String borough, Optional<String> wardName) {
    Map<String, WardPlaces> wards = places.get(borough);
    if (wards == null) {
      throw new EngagementException(ErrorCode.UNKNOWN_PLACE, "borough", "unknown borough '" + borough + "'");
    }
    if (wardName.isEmpty()) {
      return wards.get(BOROUGH_WIDE);
    }
    String ward = wardName.get();
    WardPlaces place = wards.get(ward);
    if (place == null) {
      throw new EngagementException(
          ErrorCode.UNKNOWN_PLACE, "ward", "borough '" + borough + "' has no ward '" + ward + "'");
    }
    return place;
  }
}
