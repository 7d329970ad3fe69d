package io.github.engagementrules.rules;

import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.ImmutableBorough;
import io.github.engagementrules.model.Officer;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Ward;

/** Rosters for tests: one borough with every post filled, and one with every optional post vacant. */
public final class Rosters {
  public static final String FULL = "Waverley";
  public static final String SPARSE = "Elmbridge";
  public static final String STAFFED_WARD = "Farnham Castle";
  public static final String VACANT_WARD = "Godalming Central";

  private Rosters() {}

  public static Roster standard() {
    return Roster.builder().addBoroughs(fullBorough(), sparseBorough()).build();
  }

  /** The fully staffed borough's command team and posts, without wards. */
  public static ImmutableBorough.Builder fullBoroughBuilder() {
    return fullBoroughBuilder(FULL);
  }

  /** A borough named {@code name} with every post filled and cadets, without wards. */
  public static ImmutableBorough.Builder fullBoroughBuilder(String name) {
    return Borough.builder()
        .name(name)
        .boroughInspector(Officer.of("BI-1", "Alex Inspector"))
        .neighbourhoodInspector(Officer.of("NI-1", "Nina Neighbourhood"))
        .divisionalCommander(Officer.of("DC-1", "Dana Commander"))
        .designatedPartnerContact(Officer.of("DPC-1", "Pat Partner"))
        .higherEducationLiaisonOfficer(Officer.of("HELO-1", "Hana Liaison"))
        .preventLead(Officer.of("PL-1", "Pree Lead"))
        .communityEngagementVolunteer(Officer.of("CEV-1", "Cal Volunteer"))
        .cadetsAvailable(true);
  }

  public static Borough fullBorough() {
    return fullBoroughBuilder()
        .addWards(Ward.builder().name(STAFFED_WARD).pcso(Officer.of("PCSO-1", "Sam Support")).build())
        .addWards(Ward.builder().name(VACANT_WARD).build())
        .build();
  }

  public static Borough sparseBorough() {
    return Borough.builder()
        .name(SPARSE)
        .boroughInspector(Officer.of("BI-2", "Bo Inspector"))
        .neighbourhoodInspector(Officer.of("NI-2", "Ned Neighbourhood"))
        .divisionalCommander(Officer.of("DC-2", "Dee Commander"))
        .cadetsAvailable(false)
        .addWards(Ward.builder().name("Esher").pcso(Officer.of("PCSO-2", "Kim Support")).build())
        .addWards(Ward.builder().name("Walton South").build())
        .build();
  }
}
