package io.github.engagementrules.examples.publicpage;

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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The public page's questions, in plain words, and how each answer maps to the model's opportunity. A form posted as
 * {@code application/x-www-form-urlencoded} is read into the answers given ({@link #read}), checked ({@link
 * #problems}) and mapped ({@link #opportunity}). Immutable.
 *
 * @param kind the kind of meeting or event chosen, or empty
 * @param place the borough and ward chosen ({@code borough|ward}, or {@code borough|} for the whole borough), or empty
 * @param help what the police are asked to do
 * @param issue the local issue it is about, or empty (none)
 * @param concerns what the person is worried about
 * @param organisation the name of the group or organisation, if given; shown back on the answer, never logged nor
 *     stored nor put into the opportunity
 */
record PublicForm(String kind, String place, List<String> help, String issue, List<String> concerns,
    String organisation) {

  /** The longest organisation name accepted. */
  static final int MAX_ORGANISATION_LENGTH = 100;

  /** One choice of a question: the value the form sends, the words the person reads, and what it means for the rules. */
  record Choice(String value, String label, Consumer<ImmutableOpportunity.Builder> meaning) {}

  static final List<Choice> KINDS = List.of(
      new Choice("meeting", "A residents' or community meeting", o -> o.kind(OpportunityKind.COMMUNITY_MEETING)),
      new Choice("local-event", "A local community event, such as a fair or a fun day",
          o -> o.kind(OpportunityKind.COMMUNITY_EVENT)),
      new Choice("public-event", "A public event, such as a festival, a parade or a match",
          o -> o.kind(OpportunityKind.PUBLIC_EVENT)),
      new Choice("school", "A visit to a school or college", o -> o.kind(OpportunityKind.SCHOOL)),
      new Choice("youth-group", "A youth group or club", o -> o.kind(OpportunityKind.YOUTH_GROUP)),
      new Choice("worship", "A place of worship", o -> o.kind(OpportunityKind.PLACE_OF_WORSHIP)));

  static final List<Choice> HELP = List.of(
      new Choice("talk", "Talk with people and listen to what worries them",
          o -> o.addRequests(Request.TWO_WAY_DIALOGUE)),
      new Choice("advice", "Give advice or a talk on a local issue", o -> o.addRequests(Request.INFORMATION_SHARING)),
      new Choice("figures", "Present crime figures for the area", o -> o.addRequests(Request.STATISTICS_REPORT)),
      new Choice("repeat-problem", "Help with a problem that keeps coming back",
          o -> o.addPurposes(PolicingPurpose.CHRONIC_ISSUE)),
      new Choice("repeat-victims", "Help people who have been harmed more than once",
          o -> o.addPurposes(PolicingPurpose.REPEAT_OR_VULNERABLE_VICTIMS)),
      new Choice("reach", "Meet people who rarely have contact with the police, such as people new to the area",
          o -> o.addStakeholders(Stakeholder.of(StakeholderType.HARD_TO_REACH_GROUP))));

  static final List<Choice> ISSUES = List.of(
      new Choice("antisocial", "Anti-social behaviour", o -> o.addTopics(Topic.ANTISOCIAL_BEHAVIOUR)),
      new Choice("fraud", "Scams and fraud", o -> o.addTopics(Topic.FRAUD)),
      new Choice("online", "Crime online", o -> o.addTopics(Topic.CYBERCRIME)),
      new Choice("roads", "Road safety", o -> o.addTopics(Topic.ROAD_SAFETY)),
      new Choice("hate", "Hate crime", o -> o.addTopics(Topic.HATE_CRIME)));

  static final List<Choice> CONCERNS = List.of(
      new Choice("crime", "Crime, such as theft or violence", o -> o.addRisks(Risk.CRIME)),
      new Choice("disorder", "Fights, trouble or disorder", o -> o.addRisks(Risk.BREACH_OF_THE_PEACE)),
      new Choice("traffic", "Traffic, roads or parking", o -> o.addRisks(Risk.TRAFFIC_REGULATION)),
      new Choice("danger", "Someone's life is in danger now", o -> o.addRisks(Risk.IMMEDIATE_THREAT_TO_LIFE)));

  /** The id of every opportunity the page decides: nothing identifies a person or a request. */
  static final String OPPORTUNITY_ID = "public-page";

  /** An empty form, as first shown. */
  static PublicForm empty() {
    return new PublicForm("", "", List.of(), "", List.of(), "");
  }

  /**
   * Reads a posted form. Fields the page does not have are ignored; a field given more than once keeps every value
   * for the questions with several answers and the first for the others.
   *
   * @param body the body, {@code application/x-www-form-urlencoded} in UTF-8
   */
  static PublicForm read(String body) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] nameAndValue = pair.split("=", 2);
      String name = decode(nameAndValue[0]);
      String value = nameAndValue.length == 2 ? decode(nameAndValue[1]) : "";
      fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return new PublicForm(first(fields, "kind"), first(fields, "place"), fields.getOrDefault("help", List.of()),
        first(fields, "issue"), fields.getOrDefault("concern", List.of()), first(fields, "organisation").strip());
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return ""; // a broken escape is no answer, and the question then asks again
    }
  }

  private static String first(Map<String, List<String>> fields, String name) {
    return fields.getOrDefault(name, List.of()).stream().findFirst().orElse("");
  }

  /**
   * What keeps the form from being answered, by field name, in the order of the questions; each message says what to
   * do, as GOV.UK error messages do. Empty when the form can be answered.
   */
  Map<String, String> problems(Roster roster) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (choice(KINDS, kind).isEmpty()) {
      problems.put("kind", "Select what kind of meeting or event it is");
    }
    if (placeIn(roster).isEmpty()) {
      problems.put("place", "Select the area where it is");
    }
    if (!help.stream().allMatch(h -> choice(HELP, h).isPresent())) {
      problems.put("help", "Select what you would like the police to do from the list");
    }
    if (!issue.isEmpty() && choice(ISSUES, issue).isEmpty()) {
      problems.put("issue", "Select the local issue from the list");
    }
    if (!concerns.stream().allMatch(c -> choice(CONCERNS, c).isPresent())) {
      problems.put("concern", "Select your concerns from the list");
    }
    if (organisation.codePointCount(0, organisation.length()) > MAX_ORGANISATION_LENGTH) {
      problems.put("organisation", "Name of your group must be " + MAX_ORGANISATION_LENGTH + " characters or fewer");
    }
    return problems;
  }

  /**
   * The opportunity these answers describe.
   *
   * @throws IllegalStateException when the form has {@linkplain #problems problems}
   */
  Opportunity opportunity(Roster roster) {
    if (!problems(roster).isEmpty()) {
      throw new IllegalStateException("the form has problems: " + problems(roster).keySet());
    }
    String[] boroughAndWard = placeIn(roster).orElseThrow();
    ImmutableOpportunity.Builder opportunity = Opportunity.builder().id(OPPORTUNITY_ID).borough(boroughAndWard[0]);
    if (!boroughAndWard[1].isEmpty()) {
      opportunity.ward(boroughAndWard[1]);
    }
    choice(KINDS, kind).orElseThrow().meaning().accept(opportunity);
    help.stream().distinct().forEach(h -> choice(HELP, h).orElseThrow().meaning().accept(opportunity));
    choice(ISSUES, issue).ifPresent(i -> i.meaning().accept(opportunity));
    concerns.stream().distinct().forEach(c -> choice(CONCERNS, c).orElseThrow().meaning().accept(opportunity));
    return opportunity.build();
  }

  /** The borough and ward chosen, when the roster has them. */
  Optional<String[]> placeIn(Roster roster) {
    String[] boroughAndWard = place.split("\\|", -1);
    if (boroughAndWard.length != 2) {
      return Optional.empty();
    }
    Optional<Borough> borough = roster.borough(boroughAndWard[0]);
    boolean known = borough.isPresent()
        && (boroughAndWard[1].isEmpty() || borough.get().ward(boroughAndWard[1]).isPresent());
    return known ? Optional.of(boroughAndWard) : Optional.empty();
  }

  static Optional<Choice> choice(List<Choice> choices, String value) {
    return choices.stream().filter(c -> c.value().equals(value)).findFirst();
  }
}
