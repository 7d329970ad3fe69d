package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Institution;
import io.github.engagementrules.model.Officer;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.PublicAnswer;
import io.github.engagementrules.model.PublicContact;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Ward;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.PlainEnglish;
import io.github.engagementrules.rules.PublicAnswers;
import io.github.engagementrules.rules.Rosters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public answer over the verification domain ({@link DerivedDomain}: every pair of the derived factors' classes
 * and a seeded random sample, in the roster widened to every profile of posts): no answer names anyone but the ward's
 * PCSO, shows an escalation or an interpretation note, contradicts its decision, or fails the plain-English checks.
 */
class PublicAnswersDomainTest {
  private static final long SEED = 20_261_207L;
  private static final int SAMPLES = 20_000;

  private final DerivedDomain domain = DerivedDomain.ofBuiltInRules(Rosters.standard());
  private final EngagementDecider decider = EngagementRules.builder().roster(domain.roster()).build();

  @Test
  void everyPublicAnswerOfTheDomain_namesOnlyTheWardsPcso_agreesWithItsDecision_andIsPlainEnglish() {
    Coverage pairs = domain.coverage(DerivedDomain.DEFAULT_BUDGET, 2);
    List<Opportunity> inputs = new ArrayList<>(domain.randomSample(SEED, SAMPLES));
    for (long i = 0; i < pairs.size(); i++) {
      inputs.add(pairs.opportunity(i));
    }
    Set<String> internalNames = internalNames(domain.roster());
    List<String> findings = new ArrayList<>();
    int answered = 0;
    for (Opportunity opportunity : inputs) {
      Decision decision;
      try {
        decision = decider.decide(opportunity);
      } catch (EngagementException e) {
        continue; // a judgement nobody asked for (ENG-104) is no decision; a gap or conflict is DomainInvariantsTest's
      }
      answered++;
      PublicAnswer answer = PublicAnswers.of(decider, opportunity, decision);
      findings.addAll(check(opportunity, decision, answer, internalNames));
      if (findings.size() > 20) {
        break;
      }
    }

    assertEquals(List.of(), findings);
    assertTrue(answered > inputs.size() / 4, "only " + answered + " of " + inputs.size() + " inputs were decided");
    System.out.println("public answers: " + answered + " of " + inputs.size() + " inputs decided and answered");
  }

  private List<String> check(Opportunity opportunity, Decision decision, PublicAnswer answer, Set<String> internal) {
    List<String> findings = new ArrayList<>();
    String at = opportunity.id() + " (" + decision.attendance() + "): ";
    Optional<String> wardPcso = domain.roster().borough(opportunity.borough())
        .flatMap(b -> opportunity.ward().flatMap(b::ward))
        .flatMap(Ward::pcso)
        .map(Officer::name);
    boolean emergency = decision.reasons().stream().anyMatch(r -> r.tier().filter("emergency"::equals).isPresent());
    List<String> named = answer.contacts().stream().map(PublicContact::name).flatMap(Optional::stream).toList();
    List<String> expected = emergency ? List.of() : wardPcso.map(List::of).orElse(List.of()); // 999 names no one
    if (!expected.equals(named)) {
      findings.add(at + "names " + named + ", not " + expected);
    }
    String json = EngagementJson.write(EngagementJson.toJson(answer));
    internal.stream().filter(json::contains).forEach(name -> findings.add(at + "shows the internal name " + name));
    decision.escalations().stream().filter(e -> json.contains(e.reason()))
        .forEach(e -> findings.add(at + "shows an escalation: " + e.reason()));
    decision.reasons().stream().flatMap(r -> r.interpretation().stream()).filter(json::contains)
        .forEach(note -> findings.add(at + "shows an interpretation note: " + note));
    boolean attends = decision.attendance() == Attendance.ATTEND || decision.attendance() == Attendance.DELEGATE;
    if (answer.policeAttend() != attends || answer.referred() != (decision.attendance() == Attendance.REFER)
        || answer.emergency() != emergency) {
      findings.add(at + "contradicts its decision: " + json);
    }
    if (emergency && !(answer.summary().contains("999") && answer.contacts().size() == 1)) {
      findings.add(at + "is a threat to life not answered by 999 alone: " + json);
    }
    if (answer.details().isEmpty()) {
      findings.add(at + "says nothing about why");
    }
    PlainEnglish.texts(answer).forEach(text -> PlainEnglish.problems(text, decider.ruleBase())
        .forEach(problem -> findings.add(at + problem)));
    return findings;
  }

  /** The names of every post holder but the wards' PCSOs. */
  private static Set<String> internalNames(Roster roster) {
    Set<String> pcsos = new TreeSet<>();
    Set<String> names = new TreeSet<>();
    for (Borough b : roster.boroughs()) {
      b.wards().forEach(w -> w.pcso().ifPresent(o -> pcsos.add(o.name())));
      Stream.of(Optional.of(b.boroughInspector()), Optional.of(b.neighbourhoodInspector()),
              Optional.of(b.divisionalCommander()), b.designatedPartnerContact(), b.higherEducationLiaisonOfficer(),
              b.preventLead(), b.communityEngagementVolunteer())
          .flatMap(Optional::stream)
          .forEach(o -> names.add(o.name()));
      b.institutions().stream().map(Institution::higherEducationLiaisonOfficer).forEach(o -> names.add(o.name()));
    }
    names.removeAll(pcsos);
    return names;
  }
}
