package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.RosterPost;
import io.github.engagementrules.model.Ward;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The roster prepared once as facts: for each ward, the borough, the ward and the filled posts that a decision there
 * inserts. Looking a place up is a hash lookup, whatever the size of the roster.
 */
final class RosterFacts {
  /**
   * The facts for one ward: the borough, the ward and its filled posts, which a decision there inserts besides the
   * opportunity. Compared by identity, which is cheap and exact: a session holding these very facts needs no others.
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

  /** The key of a borough's borough-wide place: no ward name can be empty. */
  private static final String BOROUGH_WIDE = "";

  private final Map<String, Map<String, Place>> places;
  private final String version;

  private RosterFacts(Map<String, Map<String, Place>> places, String version) {
    this.places = places;
    this.version = version;
  }

  /** The version of the roster these facts were made from (see {@link ContentHash#of(Roster)}). */
  String version() {
    return version;
  }

  static RosterFacts of(Roster roster) {
    Map<String, Map<String, Place>> places = new HashMap<>();
    for (Borough borough : roster.boroughs()) {
      List<RosterPost> boroughPosts = new ArrayList<>();
      boroughPosts.add(RosterPost.of(Role.BOROUGH_INSPECTOR, borough.boroughInspector()));
      boroughPosts.add(RosterPost.of(Role.NEIGHBOURHOOD_INSPECTOR, borough.neighbourhoodInspector()));
      boroughPosts.add(RosterPost.of(Role.DIVISIONAL_COMMANDER, borough.divisionalCommander()));
      borough.designatedPartnerContact()
          .ifPresent(o -> boroughPosts.add(RosterPost.of(Role.DESIGNATED_PARTNER_CONTACT, o)));
      borough.higherEducationLiaisonOfficer()
          .ifPresent(o -> boroughPosts.add(RosterPost.of(Role.HIGHER_EDUCATION_LIAISON_OFFICER, o)));
      borough.preventLead().ifPresent(o -> boroughPosts.add(RosterPost.of(Role.PREVENT_LEAD, o)));
      borough.communityEngagementVolunteer()
          .ifPresent(o -> boroughPosts.add(RosterPost.of(Role.COMMUNITY_ENGAGEMENT_VOLUNTEER, o)));
      Map<String, Place> wards = new HashMap<>();
      List<Object> boroughWide = new ArrayList<>();
      boroughWide.add(borough);
      boroughWide.addAll(boroughPosts);
      wards.put(BOROUGH_WIDE, new Place(List.copyOf(boroughWide)));
      for (Ward ward : borough.wards()) {
        List<Object> facts = new ArrayList<>();
        facts.add(borough);
        facts.add(ward);
        facts.addAll(boroughPosts);
        ward.pcso().ifPresent(o -> facts.add(RosterPost.of(Role.PCSO, o)));
        wards.put(ward.name(), new Place(List.copyOf(facts)));
      }
      places.put(borough.name(), Map.copyOf(wards));
    }
    return new RosterFacts(Map.copyOf(places), ContentHash.of(roster));
  }

  /**
   * The facts for the opportunity's ward, or for its borough as a whole when it names no ward (no {@code Ward} fact
   * and no ward PCSO then).
   *
   * @throws EngagementException {@link ErrorCode#UNKNOWN_PLACE} naming the borough or ward the roster lacks
   */
  Place place(Opportunity opportunity) {
    return place(opportunity.borough(), opportunity.ward());
  }

  /** The facts for {@code ward} of {@code borough}, or for the borough as a whole without a ward. */
  Place place(String borough, Optional<String> wardName) {
    Map<String, Place> wards = places.get(borough);
    if (wards == null) {
      throw new EngagementException(ErrorCode.UNKNOWN_PLACE, "borough", "unknown borough '" + borough + "'");
    }
    if (wardName.isEmpty()) {
      return wards.get(BOROUGH_WIDE);
    }
    String ward = wardName.get();
    Place place = wards.get(ward);
    if (place == null) {
      throw new EngagementException(
          ErrorCode.UNKNOWN_PLACE, "ward", "borough '" + borough + "' has no ward '" + ward + "'");
    }
    return place;
  }
}
