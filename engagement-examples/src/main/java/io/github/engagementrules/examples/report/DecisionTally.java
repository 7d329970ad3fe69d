package io.github.engagementrules.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.examples.records.DecisionRecordReader.Recorded;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.model.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts what was asked and decided in decision records over a period, one record at a time: memory holds counters
 * keyed by day, place, kind and role (all bounded by the calendar and the roster) and a few unreadable lines, never
 * the records. Not thread-safe: one reader feeds it.
 */
public final class DecisionTally {
  /** How many unreadable lines are kept to show; the rest are only counted. */
  static final int UNREADABLE_SHOWN = 20;

  /**
   * The sentence the built-in rules escalate a vacant post with: "The post of PCSO is vacant in ward Stoke: ...",
   * "The post of police Prevent lead is vacant in Guildford: ...".
   */
  private static final Pattern VACANCY = Pattern.compile("^The post of (?:police )?(.+?) is vacant in ");

  private static final int ATTENDANCES = Attendance.values().length;

  /** A place decisions concern: a borough and, unless the opportunity was borough-wide, a ward. */
  record Place(String borough, Optional<String> ward) implements Comparable<Place> {
    @Override
    public int compareTo(Place other) {
      int byBorough = borough.compareTo(other.borough);
      return byBorough != 0 ? byBorough : ward.orElse("").compareTo(other.ward.orElse(""));
    }
  }

  /** A vacant post escalated: the post as the rules name it (a role when it is one), and where. */
  record Vacancy(String post, Optional<Role> role, Place place) implements Comparable<Vacancy> {
    @Override
    public int compareTo(Vacancy other) {
      int byPost = post.compareTo(other.post);
      return byPost != 0 ? byPost : place.compareTo(other.place);
    }
  }

  /** How often a vacancy was escalated, and when first and last. */
  static final class Escalated {
    long count;
    Instant first;
    Instant last;
  }

  private final Optional<LocalDate> from;
  private final Optional<LocalDate> to;
  private final ZoneId zone;

  long decisions;
  long outsidePeriod;
  long unreadable;
  final List<String> unreadableShown = new ArrayList<>();
  Instant earliest;
  Instant latest;
  final long[] byAttendance = new long[ATTENDANCES];
  final Map<LocalDate, long[]> byDay = new TreeMap<>();
  final Map<String, long[]> byBorough = new TreeMap<>();
  final Map<Place, long[]> byWard = new TreeMap<>();
  final Map<OpportunityKind, long[]> byKind = new EnumMap<>(OpportunityKind.class);
  final Map<Request, long[]> byRequest = new EnumMap<>(Request.class);
  /** Role to {asked to attend, point of contact, further contact}. */
  final Map<String, long[]> byRole = new TreeMap<>();
  /** (borough, role referred to) to count. */
  final Map<List<String>, Long> referrals = new TreeMap<>(DecisionTally::compareLists);
  /** (role escalated to, priority) to count. */
  final Map<List<String>, Long> escalations = new TreeMap<>(DecisionTally::compareLists);
  final Map<Vacancy, Escalated> vacancies = new TreeMap<>();
  final Map<String, Long> ruleBases = new TreeMap<>();

  /**
   * A tally of the records decided from {@code from} to {@code to}, both days included, as days in {@code zone}.
   *
   * @throws IllegalArgumentException when {@code from} is after {@code to}
   */
  public DecisionTally(Optional<LocalDate> from, Optional<LocalDate> to, ZoneId zone) {
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("--from " + from.get() + " is after --to " + to.get());
    }
    this.from = from;
    this.to = to;
    this.zone = zone;
  }

  /** The period in words: "2026-04-01 to 2027-03-31 (Europe/London)", "the first record to the last record (UTC)". */
  public String period() {
    return from.map(Object::toString).orElse("the first record") + " to "
        + to.map(Object::toString).orElse("the last record") + " (" + zone.getId() + ")";
  }

  /** How many records were counted. */
  public long decisions() {
    return decisions;
  }

  /** How many lines were no decision records. */
  public long unreadable() {
    return unreadable;
  }

  /** The first unreadable lines, {@code FILE:LINE: problem}, at most {@value #UNREADABLE_SHOWN}. */
  public List<String> unreadableShown() {
    return List.copyOf(unreadableShown);
  }

  /** Counts a line that is no decision record. */
  public void unreadable(String where, String problem) {
    unreadable++;
    if (unreadableShown.size() < UNREADABLE_SHOWN) {
      unreadableShown.add(where + ": " + problem);
    }
  }

  /** Counts {@code record} when it was decided within the period; returns whether it was. */
  public boolean add(Recorded record) {
    LocalDate day = record.recordedAt().atZone(zone).toLocalDate();
    if (from.map(day::isBefore).orElse(false) || to.map(day::isAfter).orElse(false)) {
      outsidePeriod++;
      return false;
    }
    decisions++;
    earliest = earliest == null || record.recordedAt().isBefore(earliest) ? record.recordedAt() : earliest;
    latest = latest == null || record.recordedAt().isAfter(latest) ? record.recordedAt() : latest;
    int attendance = record.attendance().ordinal();
    String borough = record.opportunity().borough();
    Place place = new Place(borough, record.opportunity().ward());
    byAttendance[attendance]++;
    byDay.computeIfAbsent(day, d -> new long[ATTENDANCES])[attendance]++;
    byBorough.computeIfAbsent(borough, b -> new long[ATTENDANCES])[attendance]++;
    byWard.computeIfAbsent(place, p -> new long[ATTENDANCES])[attendance]++;
    byKind.computeIfAbsent(record.opportunity().kind(), k -> new long[ATTENDANCES])[attendance]++;
    for (Request request : record.opportunity().requests()) {
      byRequest.computeIfAbsent(request, r -> new long[ATTENDANCES])[attendance]++;
    }
    JsonNode decision = record.decision();
    role(decision.path("attendee"), 0);
    role(decision.path("pointOfContact").path("role"), 1);
    decision.path("contacts").forEach(contact -> role(contact.path("role"), 2));
    if (record.attendance() == Attendance.REFER && decision.path("attendee").isTextual()) {
      referrals.merge(List.of(borough, decision.path("attendee").asText()), 1L, Long::sum);
    }
    for (JsonNode escalation : decision.path("escalations")) {
      escalations.merge(List.of(escalation.path("to").asText("?"), escalation.path("priority").asText("?")), 1L,
          Long::sum);
      vacancy(escalation.path("reason").asText(""), place).ifPresent(vacancy -> {
        Escalated seen = vacancies.computeIfAbsent(vacancy, v -> new Escalated());
        seen.count++;
        seen.first = seen.first == null || record.recordedAt().isBefore(seen.first) ? record.recordedAt() : seen.first;
        seen.last = seen.last == null || record.recordedAt().isAfter(seen.last) ? record.recordedAt() : seen.last;
      });
    }
    ruleBases.merge(decision.path("ruleBaseVersion").asText("(none)"), 1L, Long::sum);
    return true;
  }

  private void role(JsonNode role, int column) {
    if (role.isTextual()) {
      byRole.computeIfAbsent(role.asText(), r -> new long[3])[column]++;
    }
  }

  /**
   * The vacancy an escalation's reason reports, if it is one. The post is ward-level (the ward's PCSO) or the
   * borough's; a post the rules name that is no role is kept as written.
   */
  static Optional<Vacancy> vacancy(String reason, Place place) {
    Matcher matcher = VACANCY.matcher(reason);
    if (!matcher.find()) {
      return Optional.empty();
    }
    String post = matcher.group(1);
    Optional<Role> role = role(post);
    Place where = role.equals(Optional.of(Role.PCSO)) ? place : new Place(place.borough(), Optional.empty());
    return Optional.of(new Vacancy(role.map(Enum::name).orElse(post), role, where));
  }

  private static Optional<Role> role(String post) {
    String name = post.trim().replace(' ', '_').toUpperCase(Locale.ROOT);
    for (Role role : Role.values()) {
      if (role.name().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  private static int compareLists(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int compared = a.get(i).compareTo(b.get(i));
      if (compared != 0) {
        return compared;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
