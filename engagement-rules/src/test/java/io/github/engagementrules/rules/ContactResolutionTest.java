package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Officer;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.PolicingPurpose;
import io.github.engagementrules.model.Remit;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Stakeholder;
import io.github.engagementrules.model.StakeholderType;
import io.github.engagementrules.model.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resolver's point of contact: the most specific held post, each person named once with every remit and role. */
class ContactResolutionTest {
  private static final Officer BOTH = Officer.of("INSP-9", "Jo Twohats");

  /** A borough whose Borough Inspector is also its Neighbourhood Inspector. */
  private final EngagementDecider decider =
      EngagementRules.builder()
          .roster(Roster.builder()
              .addBoroughs(Borough.builder()
                  .name("Shared")
                  .boroughInspector(BOTH)
                  .neighbourhoodInspector(BOTH)
                  .divisionalCommander(Officer.of("DC-9", "Dana Commander"))
                  .preventLead(Officer.of("PL-9", "Pree Lead"))
                  .designatedPartnerContact(Officer.of("PL-9", "Pree Lead"))
                  .cadetsAvailable(false)
                  .build())
              .build())
          .build();

  @Test
  void oneOfficerInTwoPosts_isNamedOnce_withBothRemitsAndRoles() {
    // A borough-wide meeting: the Borough Inspector is the point of contact, and the councillor's contact is the
    // Neighbourhood Inspector, who is the same person.
    Decision decision = decider.decide(Opportunity.builder().id("o").kind(OpportunityKind.COMMUNITY_MEETING)
        .borough("Shared").addPurposes(PolicingPurpose.CHRONIC_ISSUE)
        .addStakeholders(Stakeholder.of(StakeholderType.LOCAL_COUNCILLOR)).build());

    Contact contact = decision.pointOfContact().orElseThrow();
    assertEquals("INSP-9", contact.id().orElseThrow());
    assertEquals(List.of(Remit.POINT_OF_CONTACT, Remit.ELECTED_MEMBERS), contact.remits());
    assertEquals(List.of(Role.BOROUGH_INSPECTOR, Role.NEIGHBOURHOOD_INSPECTOR), contact.roles());
    assertTrue(decision.contacts().stream().noneMatch(c -> c.id().equals(contact.id())), decision.contacts().toString());
  }

  @Test
  void lessSpecificCandidate_isOverridden_andShownWithTheOrderThatDecided() {
    Decision decision = decider.decide(Opportunity.builder().id("o").kind(OpportunityKind.PARTNERSHIP_GROUP)
        .borough("Shared").addTopics(Topic.PREVENT).addPurposes(PolicingPurpose.PRIORITY_CRIME).build());

    Contact contact = decision.pointOfContact().orElseThrow();
    assertEquals(Role.PREVENT_LEAD, contact.role());
    assertEquals(List.of(Remit.POINT_OF_CONTACT, Remit.PREVENT), contact.remits());
    assertTrue(decision.overridden().stream().anyMatch(o -> o.finding().equals("point of contact DESIGNATED_PARTNER_CONTACT")
        && o.precedence().equals("PREVENT_LEAD before DESIGNATED_PARTNER_CONTACT in the point-of-contact order")),
        decision.overridden().toString());
  }
}
