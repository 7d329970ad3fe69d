package io.github.engagementrules.authoring;

import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.ImmutableOpportunity;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.model.Risk;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Stakeholder;
import io.github.engagementrules.model.StakeholderType;
import io.github.engagementrules.model.Topic;
import io.github.engagementrules.model.Ward;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The finite input domain of the rule base, for exhaustive verification: every combination of kind × purposes ×
 * requests × risks × topics × stakeholder groups × flags × places, numbered from 0 to {@link #size()} - 1.
 *
 * <p><b>Bound.</b> The full domain (all subsets of every enum, 2<sup>22</sup> stakeholder groups alone) is far too
 * large to enumerate, so each dimension is reduced to the values the guide distinguishes:
 * <ul>
 *   <li>kinds: all 12;</li>
 *   <li>purposes: none, each purpose alone, and all five (7);</li>
 *   <li>requests: none, each alone, statistics with dialogue (6);</li>
 *   <li>risks: none, each alone, crime with traffic regulation (6);</li>
 *   <li>topics: none, Prevent, hate crime, fraud, Prevent with harassment (5);</li>
 *   <li>stakeholder groups: none, an MP, a local councillor, a university, a hard-to-reach group, a community
 *       intermediary, a Prevent coordinator, the local authority, a university with a hard-to-reach group, an MP with
 *       a hard-to-reach group (10);</li>
 *   <li>flags: every combination of eventsTeamAvailable, intelligenceLed, newOrEmergingCommunity (8);</li>
 *   <li>places: one ward for each distinct profile of filled posts in the roster (which posts are filled, whether
 *       the ward has a PCSO, whether the borough has cadets).</li>
 * </ul>
 * Seeded random samples over the <em>full</em> domain ({@link #randomSample}) complement the enumeration. This bound is
 * picked by hand and misses what it does not list (a chief executive alone, a borough with a liaison officer and a
 * ward without a PCSO); {@link io.github.engagementrules.authoring.DerivedDomain} reads the domain from the rule
 * files instead.
 *
 * <p>Immutable and thread-safe.
 */
public final class InputDomain {
  private static final List<Set<PolicingPurpose>> PURPOSES = withEachAloneAndAll(PolicingPurpose.class);
  private static final List<Set<Request>> REQUESTS =
      withEachAlone(Request.class, EnumSet.of(Request.STATISTICS_REPORT, Request.TWO_WAY_DIALOGUE));
  private static final List<Set<Risk>> RISKS =
      withEachAlone(Risk.class, EnumSet.of(Risk.CRIME, Risk.TRAFFIC_REGULATION));
  private static final List<Set<Topic>> TOPICS =
      List.of(
          EnumSet.noneOf(Topic.class),
          EnumSet.of(Topic.PREVENT),
          EnumSet.of(Topic.HATE_CRIME),
          EnumSet.of(Topic.FRAUD),
          EnumSet.of(Topic.PREVENT, Topic.HARASSMENT));
  private static final List<List<StakeholderType>> STAKEHOLDERS =
      List.of(
          List.of(),
          List.of(StakeholderType.MP),
          List.of(StakeholderType.LOCAL_COUNCILLOR),
          List.of(StakeholderType.UNIVERSITY),
          List.of(StakeholderType.HARD_TO_REACH_GROUP),
          List.of(StakeholderType.COMMUNITY_INTERMEDIARY),
          List.of(StakeholderType.PREVENT_COORDINATOR),
          List.of(StakeholderType.LOCAL_AUTHORITY),
          List.of(StakeholderType.UNIVERSITY, StakeholderType.HARD_TO_REACH_GROUP),
          List.of(StakeholderType.MP, StakeholderType.HARD_TO_REACH_GROUP));
  private static final int FLAGS = 8;
  private static final OpportunityKind[] KINDS = OpportunityKind.values();

  /**
   * A place in the roster.
   *
   * @param borough the borough's name
   * @param ward the ward's name
   */
  public record Place(String borough, String ward) {}

  private final List<Place> places;

  private InputDomain(List<Place> places) {
    if (places.isEmpty()) {
      throw new IllegalArgumentException("roster: has no wards to place opportunities in");
    }
    this.places = List.copyOf(places);
  }

  /** The domain over one ward for each distinct profile of filled posts in {@code roster}. */
  public static InputDomain of(Roster roster) {
    Map<String, Place> byProfile = new LinkedHashMap<>();
    for (Borough borough : roster.boroughs()) {
      for (Ward ward : borough.wards()) {
        String profile =
            borough.designatedPartnerContact().isPresent() + "," + borough.higherEducationLiaisonOfficer().isPresent()
                + "," + borough.preventLead().isPresent() + "," + borough.communityEngagementVolunteer().isPresent()
                + "," + borough.cadetsAvailable() + "," + ward.pcso().isPresent();
        byProfile.putIfAbsent(profile, new Place(borough.name(), ward.name()));
      }
    }
    return new InputDomain(new ArrayList<>(byProfile.values()));
  }

  /** The places opportunities are put in. */
  public List<Place> places() {
    return places;
  }

  /** How many opportunities the domain holds. */
  public long size() {
    return (long) KINDS.length * PURPOSES.size() * REQUESTS.size() * RISKS.size() * TOPICS.size()
        * STAKEHOLDERS.size() * FLAGS * places.size();
  }

  /**
   * The opportunity numbered {@code index}; its id is {@code "domain-" + index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < size()}
   */
  public Opportunity opportunity(long index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + " is outside 0.." + (size() - 1));
    }
    long rest = index;
    Place place = places.get((int) (rest % places.size()));
    rest /= places.size();
    int flags = (int) (rest % FLAGS);
    rest /= FLAGS;
    List<StakeholderType> stakeholders = STAKEHOLDERS.get((int) (rest % STAKEHOLDERS.size()));
    rest /= STAKEHOLDERS.size();
    Set<Topic> topics = TOPICS.get((int) (rest % TOPICS.size()));
    rest /= TOPICS.size();
    Set<Risk> risks = RISKS.get((int) (rest % RISKS.size()));
    rest /= RISKS.size();
    Set<Request> requests = REQUESTS.get((int) (rest % REQUESTS.size()));
    rest /= REQUESTS.size();
    Set<PolicingPurpose> purposes = PURPOSES.get((int) (rest % PURPOSES.size()));
    rest /= PURPOSES.size();
    OpportunityKind kind = KINDS[(int) rest];
    ImmutableOpportunity.Builder opportunity =
        Opportunity.builder()
            .id("domain-" + index)
            .kind(kind)
            .borough(place.borough())
            .ward(place.ward())
            .addAllPurposes(purposes)
            .addAllRequests(requests)
            .addAllRisks(risks)
            .addAllTopics(topics)
            .eventsTeamAvailable((flags & 1) != 0)
            .intelligenceLed((flags & 2) != 0)
            .newOrEmergingCommunity((flags & 4) != 0);
    stakeholders.forEach(type -> opportunity.addStakeholders(Stakeholder.of(type)));
    return opportunity.build();
  }

  /** Hands every opportunity of the domain, in index order, to {@code consumer}. */
  public void forEach(Consumer<Opportunity> consumer) {
    for (long i = 0, n = size(); i < n; i++) {
      consumer.accept(opportunity(i));
    }
  }

  /**
   * {@code count} opportunities drawn with a seeded generator from the full, unreduced domain: any subset of every
   * enum, up to four stakeholders of any type, any flags, any of the places. The same seed gives the same sample.
   */
  public List<Opportunity> randomSample(long seed, int count) {
    Random random = new Random(seed);
    List<Opportunity> sample = new ArrayList<>(count);
    StakeholderType[] types = StakeholderType.values();
    for (int i = 0; i < count; i++) {
      Place place = places.get(random.nextInt(places.size()));
      ImmutableOpportunity.Builder opportunity =
          Opportunity.builder()
              .id("sample-" + seed + "-" + i)
              .kind(KINDS[random.nextInt(KINDS.length)])
              .borough(place.borough())
              .ward(place.ward())
              .addAllPurposes(randomSubset(random, PolicingPurpose.class))
              .addAllRequests(randomSubset(random, Request.class))
              .addAllRisks(randomSubset(random, Risk.class))
              .addAllTopics(randomSubset(random, Topic.class))
              .eventsTeamAvailable(random.nextBoolean())
              .intelligenceLed(random.nextBoolean())
              .newOrEmergingCommunity(random.nextBoolean());
      for (int s = random.nextInt(5); s > 0; s--) {
        opportunity.addStakeholders(Stakeholder.of(types[random.nextInt(types.length)]));
      }
      sample.add(opportunity.build());
    }
    return sample;
  }

  private static <E extends Enum<E>> Set<E> randomSubset(Random random, Class<E> type) {
    Set<E> subset = EnumSet.noneOf(type);
    for (E value : type.getEnumConstants()) {
      if (random.nextInt(3) == 0) {
        subset.add(value);
      }
    }
    return subset;
  }

  private static <E extends Enum<E>> List<Set<E>> withEachAloneAndAll(Class<E> type) {
    return withEachAlone(type, EnumSet.allOf(type));
  }

  private static <E extends Enum<E>> List<Set<E>> withEachAlone(Class<E> type, Set<E> combination) {
    List<Set<E>> subsets = new ArrayList<>();
    subsets.add(EnumSet.noneOf(type));
    for (E value : type.getEnumConstants()) {
      subsets.add(EnumSet.of(value));
    }
    subsets.add(combination);
    return List.copyOf(subsets);
  }
}
