package io.github.engagementrules.examples.report;

import io.github.engagementrules.examples.report.DecisionTally.Escalated;
import io.github.engagementrules.examples.report.DecisionTally.Vacancy;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.Roster;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;

/** The report's tables and charts, made from a tally: each table is one section of the page and one CSV file. */
final class Breakdowns {
  /** What the report says of a vacancy's post when no roster was given or the roster does not have the place. */
  static final String UNKNOWN = "unknown";
  /** How a borough-wide opportunity's ward is shown. */
  static final String BOROUGH_WIDE = "(borough-wide)";

  /** Words of constants' names that stay in capitals. */
  private static final Set<String> ACRONYMS = Set.of("PCSO", "SNT", "MP", "NHS", "UK");

  private Breakdowns() {}

  /**
   * One breakdown: a table on the page and a CSV file {@code ID.csv}.
   *
   * @param id the table's id on the page and the CSV file's name
   * @param title what it counts
   * @param header the column names
   * @param textColumns how many leading columns are text (the rest are numbers)
   * @param rows the rows, each as long as the header
   */
  record Table(String id, String title, List<String> header, int textColumns, List<List<String>> rows) {}

  /**
   * One chart of a table's figures.
   *
   * @param id the chart's element id
   * @param table the id of the table holding the same figures, its text alternative
   * @param title what it shows
   * @param time whether the x values are days (a line per series) rather than categories (bars)
   * @param x the days ({@code yyyy-MM-dd}) or the category names
   * @param series the series drawn
   */
  record Chart(String id, String table, String title, boolean time, List<String> x, List<Series> series) {}

  /**
   * One series of a chart.
   *
   * @param label its name in the key
   * @param values one value per x
   */
  record Series(String label, List<Long> values) {}

  static List<Table> tables(DecisionTally tally, Optional<Roster> roster) {
    List<Table> tables = new ArrayList<>();
    tables.add(new Table("attendance", "Decisions by attendance", List.of("Attendance", "Decisions"), 1,
        Arrays.stream(Attendance.values())
            .map(a -> List.of(label(a), Long.toString(tally.byAttendance[a.ordinal()])))
            .toList()));
    tables.add(byAttendance("by-day", "Decisions by day", List.of("Day"), tally.byDay, day -> List.of(day.toString())));
    tables.add(byAttendance("by-borough", "Decisions by borough", List.of("Borough"), tally.byBorough, List::of));
    tables.add(byAttendance("by-ward", "Decisions by ward", List.of("Borough", "Ward"), tally.byWard,
        place -> List.of(place.borough(), place.ward().orElse(BOROUGH_WIDE))));
    tables.add(byAttendance("by-kind", "Decisions by kind of opportunity", List.of("Kind"), tally.byKind,
        kind -> List.of(label(kind))));
    tables.add(byAttendance("requests", "What was asked of the police (an opportunity may ask several things)",
        List.of("Request"), tally.byRequest, request -> List.of(label(request))));
    tables.add(new Table("roles", "Who was asked to attend or to be the contact, by role",
        List.of("Role", "Asked to attend", "Point of contact", "Further contact"), 1,
        tally.byRole.entrySet().stream()
            .map(e -> withCounts(List.of(label(e.getKey())), e.getValue()))
            .toList()));
    tables.add(new Table("referrals", "Referrals: decisions left to a named person's judgement",
        List.of("Borough", "Referred to", "Referrals"), 2,
        tally.referrals.entrySet().stream()
            .map(e -> List.of(e.getKey().get(0), label(e.getKey().get(1)), Long.toString(e.getValue())))
            .toList()));
    tables.add(new Table("escalations", "Escalations, by whom they go to",
        List.of("Escalated to", "Priority", "Escalations"), 2,
        tally.escalations.entrySet().stream()
            .map(e -> List.of(label(e.getKey().get(0)), label(e.getKey().get(1)), Long.toString(e.getValue())))
            .toList()));
    tables.add(new Table("vacancies", "Vacant posts escalated, and whether each is still open on today's roster",
        List.of("Post", "Borough", "Ward", "Still open today", "First escalated", "Last escalated", "Escalations"), 6,
        tally.vacancies.entrySet().stream().map(e -> vacancyRow(e.getKey(), e.getValue(), roster)).toList()));
    tables.add(new Table("rule-bases", "Rule bases that decided", List.of("Rule base version", "Decisions"), 1,
        tally.ruleBases.entrySet().stream().map(e -> List.of(e.getKey(), Long.toString(e.getValue()))).toList()));
    return tables;
  }

  static List<Chart> charts(DecisionTally tally) {
    List<Series> byDay = Arrays.stream(Attendance.values())
        .map(a -> new Series(label(a), tally.byDay.values().stream().map(c -> c[a.ordinal()]).toList()))
        .toList();
    Series byBorough = new Series("Decisions",
        tally.byBorough.values().stream().map(c -> LongStream.of(c).sum()).toList());
    return List.of(
        new Chart("chart-by-day", "by-day", "Decisions by day, a line for each attendance", true,
            tally.byDay.keySet().stream().map(LocalDate::toString).toList(), byDay),
        new Chart("chart-by-borough", "by-borough", "Decisions by borough", false,
            List.copyOf(tally.byBorough.keySet()), List.of(byBorough)));
  }

  private static <K> Table byAttendance(
      String id, String title, List<String> keyHeader, Map<K, long[]> counts, Function<K, List<String>> key) {
    List<String> header = new ArrayList<>(keyHeader);
    header.add("Decisions");
    Arrays.stream(Attendance.values()).map(Breakdowns::label).forEach(header::add);
    List<List<String>> rows = new ArrayList<>();
    counts.forEach((k, c) -> {
      List<String> row = new ArrayList<>(key.apply(k));
      row.add(Long.toString(LongStream.of(c).sum()));
      rows.add(withCounts(row, c));
    });
    return new Table(id, title, header, keyHeader.size(), rows);
  }

  private static List<String> withCounts(List<String> start, long[] counts) {
    List<String> row = new ArrayList<>(start);
    LongStream.of(counts).mapToObj(Long::toString).forEach(row::add);
    return row;
  }

  private static List<String> vacancyRow(Vacancy vacancy, Escalated escalated, Optional<Roster> roster) {
    return List.of(
        vacancy.role().map(Breakdowns::label).orElse(vacancy.post()),
        vacancy.place().borough(),
        vacancy.place().ward().orElse(BOROUGH_WIDE),
        roster.map(r -> stillOpen(r, vacancy)).orElse(UNKNOWN),
        escalated.first.toString(),
        escalated.last.toString(),
        Long.toString(escalated.count));
  }

  /** "yes" when the roster still has nobody in the post, "no" when it has someone, else {@value #UNKNOWN}. */
  static String stillOpen(Roster roster, Vacancy vacancy) {
    Optional<Borough> borough = roster.borough(vacancy.place().borough());
    Optional<Boolean> filled =
        borough.flatMap(b -> vacancy.role().flatMap(role -> switch (role) {
          case PCSO -> vacancy.place().ward().flatMap(b::ward).map(w -> w.pcso().isPresent());
          case DESIGNATED_PARTNER_CONTACT -> Optional.of(b.designatedPartnerContact().isPresent());
          case PREVENT_LEAD -> Optional.of(b.preventLead().isPresent());
          case COMMUNITY_ENGAGEMENT_VOLUNTEER -> Optional.of(b.communityEngagementVolunteer().isPresent());
          case HIGHER_EDUCATION_LIAISON_OFFICER -> Optional.of(b.higherEducationLiaisonOfficer().isPresent());
          case BOROUGH_INSPECTOR, NEIGHBOURHOOD_INSPECTOR, DIVISIONAL_COMMANDER -> Optional.of(true);
          default -> Optional.<Boolean>empty();
        }));
    return filled.map(f -> f ? "no" : "yes").orElse(UNKNOWN);
  }

  /** A constant's name as words: {@code BOROUGH_INSPECTOR} is "Borough inspector". */
  static String label(Enum<?> constant) {
    return label(constant.name());
  }

  private static String label(String constantName) {
    if (!constantName.matches("[A-Z][A-Z_]*")) {
      return constantName;
    }
    StringBuilder words = new StringBuilder();
    for (String word : constantName.split("_")) {
      words.append(words.length() == 0 ? "" : " ")
          .append(ACRONYMS.contains(word) ? word : word.toLowerCase(Locale.ROOT));
    }
    words.setCharAt(0, Character.toUpperCase(words.charAt(0)));
    return words.toString();
  }
}
