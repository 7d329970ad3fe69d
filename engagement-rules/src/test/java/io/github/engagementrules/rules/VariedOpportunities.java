package io.github.engagementrules.rules;

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
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Varied opportunities for the engine's own tests (threads, session reuse, reloading), which need many different
 * inputs but not the verification domain the authoring module derives from the rules: every kind cycled through in
 * turn, in every ward of the roster and borough-wide, with seeded random purposes, requests, risks, topics,
 * stakeholders and flags. No judgement is given (none has been asked for). The same seed gives the same list.
 */
public final class VariedOpportunities {
  private VariedOpportunities() {}

  /**
   * {@code count} opportunities over {@code roster}'s places, ids {@code "varied-<seed>-<n>"}.
   *
   * @param roster the roster whose boroughs and wards they are placed in
   * @param seed the generator's seed
   * @param count how many
   * @return the opportunities
   */
  public static List<Opportunity> of(Roster roster, long seed, int count) {
    List<String[]> places = new ArrayList<>();
    for (Borough borough : roster.boroughs()) {
      places.add(new String[] {borough.name(), null});
      borough.wards().stream().map(Ward::name).forEach(ward -> places.add(new String[] {borough.name(), ward}));
    }
    SplittableRandom random = new SplittableRandom(seed);
    OpportunityKind[] kinds = OpportunityKind.values();
    StakeholderType[] stakeholderTypes = StakeholderType.values();
    List<Opportunity> opportunities = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      String[] place = places.get(random.nextInt(places.size()));
      ImmutableOpportunity.Builder builder = Opportunity.builder()
          .id("varied-" + seed + "-" + n)
          .kind(kinds[n % kinds.length])
          .borough(place[0])
          .addAllPurposes(someOf(random, PolicingPurpose.values()))
          .addAllRequests(someOf(random, Request.values()))
          .addAllRisks(someOf(random, Risk.values()))
          .addAllTopics(someOf(random, Topic.values()))
          .eventsTeamAvailable(random.nextBoolean())
          .intelligenceLed(random.nextBoolean())
          .newOrEmergingCommunity(random.nextBoolean())
          .identifyLocalIssues(random.nextBoolean())
          .difficultToAttendInPerson(random.nextInt(4) == 0);
      if (place[1] != null) {
        builder.ward(place[1]);
      }
      Stream.generate(() -> stakeholderTypes[random.nextInt(stakeholderTypes.length)])
          .limit(random.nextInt(4))
          .forEach(type -> builder.addStakeholders(Stakeholder.of(type)));
      opportunities.add(builder.build());
    }
    return opportunities;
  }

  /** Each value with a chance of one in three: mostly small sets, sometimes none, now and then many. */
  private static <E> List<E> someOf(SplittableRandom random, E[] values) {
    return Arrays.stream(values).filter(value -> random.nextInt(3) == 0).toList();
  }
}
