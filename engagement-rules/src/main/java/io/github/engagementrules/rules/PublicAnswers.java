package io.github.engagementrules.rules;

import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Channel;
import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.model.Officer;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.PublicAnswer;
import io.github.engagementrules.model.PublicContact;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Ward;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The answer for the person who invited the police, from a decision: {@link PublicAnswer}. Its wording comes from the
 * rules' {@code @public("...")}, in the order of the decision's reasons, so the answer says what the rules decided
 * and nothing else; a rule that rules on attendance without a wording (a rule folder written before wordings) is
 * answered with a general sentence for its attendance. The only people named are the holders of the roles the roster
 * names to the public ({@link Roster#publiclyNamedRoles()}, by default the ward's PCSO); escalations, interpretation
 * notes and rule names never reach the answer. An immediate threat to life is answered by telling the person to call
 * 999, not with a letter.
 *
 * <p>Stateless and safe to use from any thread.
 */
public final class PublicAnswers {
  /** The tier of an immediate threat to life (see the rule base's {@code precedence.json}). */
  static final String EMERGENCY_TIER = "emergency";

  static final String CALL_999_NOW = "Call 999 now if anyone's life is in danger.";
  static final String IN_AN_EMERGENCY = "If anyone is in danger now, call 999.";
  static final String EMERGENCY_DETAIL = "If anyone's life is in danger now, call 999 at once. Do not wait for a reply.";

  static final Map<Attendance, String> SUMMARIES = Map.of(
      Attendance.ATTEND, "The police will come.",
      Attendance.DELEGATE, "Volunteer Police Cadets will come in our place.",
      Attendance.REFER, "We have passed your request on, and we will let you know.",
      Attendance.REDIRECT, "We will not come, but we can help you get what you asked for.",
      Attendance.DECLINE, "We will not come this time.");

  /** Said for a rule on attendance that has no {@code @public} wording of its own. */
  static final Map<Attendance, String> GENERAL_WORDING = Map.of(
      Attendance.ATTEND, "A member of the police will come.",
      Attendance.DELEGATE, "Volunteer Police Cadets will come, as our team cannot.",
      Attendance.REFER, "Your request has been passed to a senior officer, who will decide.",
      Attendance.REDIRECT, "We will not come, but we will point you to the help you asked for.",
      Attendance.DECLINE, "We only come when there is a clear police reason to, and we have not found one here.");

  static final String WARD_PCSO = "Your ward's named PCSO, your point of contact";
  static final String NAMED_CONTACT = "Your contact for this request";
  static final String LOCAL_TEAM = "Your local police team";
  static final String ASK_BY_NAME = "Call 101 and ask for them by name.";
  static final String ASK_FOR_THE_TEAM = "Call 101 and ask for your local police team.";
  static final String POLICE_UK = "police.uk";
  static final String POLICE_UK_HOW = "Find your local team and crime figures at www.police.uk.";
  static final String IN_THE_KNOW = "In The Know";
  static final String IN_THE_KNOW_HOW = "Sign up at www.intheknow.community to get news from your local police team.";
  static final String EMERGENCY = "Emergency";
  static final String EMERGENCY_HOW = "Call 999.";

  private PublicAnswers() {}

  /**
   * The public answer to a decision {@code decider} made.
   *
   * @param decider the decider that made the decision: its rules give the wording, its roster the names
   * @param opportunity the opportunity decided
   * @param decision its decision
   * @return the answer
   * @throws EngagementException {@link ErrorCode#INVALID_INPUT} naming {@code decision} when the decision is not of
   *     this opportunity
   */
  public static PublicAnswer of(EngagementDecider decider, Opportunity opportunity, Decision decision) {
    return of(decider.ruleBase(), decider.roster(), opportunity, decision);
  }

  /**
   * The public answer to a decision made with {@code ruleBase} and {@code roster}.
   *
   * @param ruleBase the rule base that made the decision: its rules' {@code @public} wording is used
   * @param roster the roster: who is named to the public, and the ward's PCSO
   * @param opportunity the opportunity decided
   * @param decision its decision
   * @return the answer
   * @throws EngagementException {@link ErrorCode#INVALID_INPUT} naming {@code decision} when the decision is not of
   *     this opportunity
   */
  public static PublicAnswer of(RuleBaseInfo ruleBase, Roster roster, Opportunity opportunity, Decision decision) {
    if (!decision.opportunityId().equals(opportunity.id())) {
      throw new EngagementException(ErrorCode.INVALID_INPUT, "decision", "is of opportunity '"
          + decision.opportunityId() + "', not of '" + opportunity.id() + "'");
    }
    boolean emergency = decision.reasons().stream().anyMatch(r -> r.tier().filter(EMERGENCY_TIER::equals).isPresent());
    Attendance attendance = decision.attendance();
    return PublicAnswer.builder()
        .opportunityId(opportunity.id())
        .policeAttend(attendance == Attendance.ATTEND || attendance == Attendance.DELEGATE)
        .referred(attendance == Attendance.REFER)
        .emergency(emergency)
        .summary(emergency ? CALL_999_NOW : SUMMARIES.get(attendance))
        .addAllDetails(emergency ? emergencyDetails(ruleBase, decision) : details(ruleBase, decision))
        .addAllContacts(emergency
            ? List.of(PublicContact.of(EMERGENCY, Optional.empty(), EMERGENCY_HOW))
            : contacts(roster, opportunity, decision))
        .emergencyAdvice(emergency ? CALL_999_NOW : IN_AN_EMERGENCY)
        .ruleBaseVersion(decision.ruleBaseVersion())
        .build();
  }

  /** Only what the emergency rules say: nothing else of the request matters now. */
  private static List<String> emergencyDetails(RuleBaseInfo ruleBase, Decision decision) {
    Set<String> details = new LinkedHashSet<>();
    decision.reasons().stream()
        .filter(r -> r.tier().filter(EMERGENCY_TIER::equals).isPresent())
        .forEach(r -> details.add(wording(ruleBase, r).orElse(EMERGENCY_DETAIL)));
    return List.copyOf(details);
  }

  /** The wording of every standing reason that has one; a general one for a ruling without. Each sentence once. */
  private static List<String> details(RuleBaseInfo ruleBase, Decision decision) {
    Set<String> details = new LinkedHashSet<>();
    for (Reason reason : decision.reasons()) {
      Optional<String> wording = wording(ruleBase, reason);
      if (wording.isPresent()) {
        details.add(wording.get());
      } else if (reason.tier().isPresent()) {
        details.add(GENERAL_WORDING.get(decision.attendance()));
      }
    }
    return List.copyOf(details);
  }

  private static Optional<String> wording(RuleBaseInfo ruleBase, Reason reason) {
    return ruleBase.rule(reason.rule()).flatMap(RuleDescription::publicWording);
  }

  /**
   * The people the force names to the public (the ward's PCSO by default, and whoever else the decision makes a
   * contact in a role the roster names), else the local team through 101; then police.uk, and In The Know when the
   * decision points there.
   */
  private static List<PublicContact> contacts(Roster roster, Opportunity opportunity, Decision decision) {
    Set<Role> named = roster.publiclyNamedRoles();
    List<PublicContact> contacts = new ArrayList<>();
    Optional<Officer> pcso = named.contains(Role.PCSO) ? wardPcso(roster, opportunity) : Optional.empty();
    pcso.ifPresent(o -> contacts.add(PublicContact.of(WARD_PCSO, Optional.of(o.name()), ASK_BY_NAME)));
    Set<String> listed = new LinkedHashSet<>();
    pcso.ifPresent(o -> listed.add(o.name()));
    Stream.concat(decision.pointOfContact().stream(), decision.contacts().stream())
        .filter(c -> c.role() != Role.PCSO && named.contains(c.role()) && c.name().isPresent())
        .map(Contact::name)
        .map(Optional::get)
        .filter(listed::add)
        .forEach(name -> contacts.add(PublicContact.of(NAMED_CONTACT, Optional.of(name), ASK_BY_NAME)));
    if (contacts.isEmpty()) {
      contacts.add(PublicContact.of(LOCAL_TEAM, Optional.empty(), ASK_FOR_THE_TEAM));
    }
    contacts.add(PublicContact.of(POLICE_UK, Optional.empty(), POLICE_UK_HOW));
    if (decision.channels().contains(Channel.IN_THE_KNOW)) {
      contacts.add(PublicContact.of(IN_THE_KNOW, Optional.empty(), IN_THE_KNOW_HOW));
    }
    return contacts;
  }

  private static Optional<Officer> wardPcso(Roster roster, Opportunity opportunity) {
    return roster.borough(opportunity.borough())
        .flatMap(b -> opportunity.ward().flatMap(b::ward))
        .flatMap(Ward::pcso);
  }

  /** Every sentence this class may add to an answer, for the checks of readability and vocabulary. */
  static List<String> sentences() {
    return Stream.of(
            SUMMARIES.values().stream(), GENERAL_WORDING.values().stream(),
            Stream.of(CALL_999_NOW, IN_AN_EMERGENCY, EMERGENCY_DETAIL, WARD_PCSO, NAMED_CONTACT, LOCAL_TEAM,
                ASK_BY_NAME, ASK_FOR_THE_TEAM, POLICE_UK, POLICE_UK_HOW, IN_THE_KNOW, IN_THE_KNOW_HOW, EMERGENCY,
                EMERGENCY_HOW))
        .flatMap(s -> s)
        .toList();
  }
}
