package io.github.engagementrules.authoring;

import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.model.Remit;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.rules.CompiledRules;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An invariant that notices an incomplete edit: the post that attends and the point of contact agree, unless a rule
 * says why they differ. When a named post attends (a post of the point-of-contact order: the Divisional Commander, an
 * inspector, the Prevent lead, a liaison officer, a partner contact, the Community Engagement Volunteer, the ward's
 * PCSO) and the point of contact is another post, one of the rules whose findings stand, other than the attendance
 * ruling itself (whose reason says who attends, not why the contact is someone else), must say so in its reason,
 * naming the post that attends in words (the guide's own cases do: "the Neighbourhood Inspector ... is their contact,
 * whoever else attends", said of the Divisional Commander). An edit that changes who attends but not who is the contact
 * ("briefings for councillors will be given by the Borough Inspector") breaks it. Emergencies are exempt: whoever
 * attends an immediate threat to life, the usual contact stays. Stateless and thread-safe.
 */
public final class ContactAgreement {
  private static final Set<Role> POSTS = Set.copyOf(CompiledRules.builtIn().contactOrder());
  private static final String EMERGENCY = "emergency";

  private ContactAgreement() {}

  /**
   * The disagreement between the decision's attendee and its point of contact that no reason explains, if any.
   *
   * @param opportunity the opportunity decided
   * @param decision its decision
   * @return one line naming both posts, or nothing
   */
  public static List<String> violations(Opportunity opportunity, Decision decision) {
    Optional<Role> attendee = decision.attendee();
    Optional<Contact> contact = decision.pointOfContact();
    if (decision.attendance() != Attendance.ATTEND || attendee.isEmpty() || contact.isEmpty()
        || !POSTS.contains(attendee.get()) || contact.get().remit() != Remit.POINT_OF_CONTACT
        || contact.get().roles().contains(attendee.get())
        || decision.reasons().stream().anyMatch(r -> r.tier().filter(EMERGENCY::equals).isPresent())) {
      return List.of();
    }
    String attending = words(attendee.get());
    boolean explained = decision.reasons().stream()
        .filter(r -> r.tier().isEmpty()) // not the attendance ruling's own reason: that one says who attends
        .map(Reason::text)
        .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(attending));
    if (explained) {
      return List.of();
    }
    return List.of("the " + attending + " attends but the point of contact is the " + words(contact.get().role())
        + ", and no rule's reason says why they differ (an edit that changed who attends but not who is the"
        + " contact?)");
  }

  /** A role as the guide writes it: {@code BOROUGH_INSPECTOR} is "borough inspector". */
  private static String words(Role role) {
    return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
