package io.github.engagementrules.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON contract: reads opportunities and rosters, writes decisions. The field names and enum values are a public
 * interface; fields are added, never renamed or dropped.
 *
 * <p>Reading is strict: a missing or blank required field, a value of the wrong type, an unknown enum value, an
 * unknown field or an over-long value is rejected with an {@link EngagementException} whose field is the dotted path
 * of the offending value (for example {@code stakeholders[1].type}) and whose message quotes the value. Absent
 * optional fields take their defaults. This class is stateless and thread-safe.
 */
public final class EngagementJson {
  /** Longest JSON document accepted by {@link #parse(String)}, in characters. */
  public static final int MAX_DOCUMENT_LENGTH = 1_000_000;

  /** Deepest nesting of arrays and objects accepted; a record needs 3, deeper input is hostile or broken. */
  public static final int MAX_NESTING_DEPTH = 32;

  // Duplicate fields and trailing content are rejected: either would silently drop data ("last wins", or a second
  // record glued onto a line). Duplicates are caught while building the tree, so a stream can skip just that record.
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(MAX_DOCUMENT_LENGTH)
                          .maxNestingDepth(MAX_NESTING_DEPTH)
                          .build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EngagementJson() {}

  /**
   * Parses JSON text into a tree.
   *
   * @throws EngagementException {@link ErrorCode#MALFORMED_JSON} when the text is not exactly one complete JSON value
   *     (nothing may follow it), repeats a field within an object, nests deeper than {@link #MAX_NESTING_DEPTH} or is
   *     longer than {@link #MAX_DOCUMENT_LENGTH}
   */
  public static JsonNode parse(String json) {
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      throw new EngagementException(
          ErrorCode.MALFORMED_JSON,
          null,
          "document is " + json.length() + " characters long, more than the limit of " + MAX_DOCUMENT_LENGTH);
    }
    try (JsonParser parser = MAPPER.createParser(json)) {
      JsonNode node = MAPPER.readTree(parser);
      if (node == null || node.isMissingNode()) {
        throw new EngagementException(ErrorCode.MALFORMED_JSON, null, "empty document");
      }
      if (parser.nextToken() != null) {
        throw new EngagementException(
            ErrorCode.MALFORMED_JSON,
            null,
            "more follows the JSON value at character " + parser.currentTokenLocation().getCharOffset()
                + " (two records on one line?)");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new EngagementException(ErrorCode.MALFORMED_JSON, null, "malformed JSON: " + malformation(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  /**
   * What is wrong with malformed JSON, in one short line: Jackson quotes the offending token or field name, which may
   * be megabytes of hostile input.
   */
  public static String malformation(JsonProcessingException e) {
    String message = e.getOriginalMessage().strip();
    int end = message.indexOf('\n');
    int jacksonDetail = message.indexOf(" for `"); // "Duplicate field 'id' for `ObjectNode`: not allowed when ..."
    if (jacksonDetail > 0 && (end < 0 || jacksonDetail < end)) {
      end = jacksonDetail;
    }
    return JsonFields.shortened(end < 0 ? message : message.substring(0, end), 300);
  }

  /**
   * A streaming parser over {@code reader} with the limits and strictness of {@link #parse(String)} (nesting depth,
   * string length, duplicate fields), for reading a long stream of records one at a time: {@link
   * JsonParser#readValueAsTree()} gives each record's tree.
   *
   * @throws IOException when the reader fails
   */
  public static JsonParser newParser(Reader reader) throws IOException {
    return MAPPER.createParser(reader);
  }

  /**
   * Reads one opportunity from JSON text.
   *
   * @throws EngagementException when the text is malformed or a field is invalid
   */
  public static Opportunity readOpportunity(String json) {
    return readOpportunity(parse(json));
  }

  /**
   * Reads one opportunity from a JSON object.
   *
   * @throws EngagementException naming the field and value when a field is invalid
   */
  public static Opportunity readOpportunity(JsonNode json) {
    JsonFields in = JsonFields.object(json, "");
    in.allowOnly(
        "id", "kind", "borough", "ward", "purposes", "requests", "risks", "topics", "stakeholders",
        "eventsTeamAvailable", "intelligenceLed", "newOrEmergingCommunity", "identifyLocalIssues",
        "difficultToAttendInPerson", "judgements");
    ImmutableOpportunity.Builder opportunity =
        Opportunity.builder()
            .id(in.requiredText("id"))
            .kind(in.requiredEnum("kind", OpportunityKind.class))
            .borough(in.requiredText("borough"))
            .ward(in.optionalText("ward"))
            .addAllPurposes(in.enumList("purposes", PolicingPurpose.class))
            .addAllRequests(in.enumList("requests", Request.class))
            .addAllRisks(in.enumList("risks", Risk.class))
            .addAllTopics(in.enumList("topics", Topic.class));
    for (JsonFields stakeholder : in.objectList("stakeholders", Opportunity.MAX_STAKEHOLDERS)) {
      stakeholder.allowOnly("type", "name");
      ImmutableStakeholder.Builder s = Stakeholder.builder().type(stakeholder.requiredEnum("type", StakeholderType.class));
      stakeholder.optionalText("name").ifPresent(s::name);
      opportunity.addStakeholders(s.build());
    }
    in.optionalBoolean("eventsTeamAvailable").ifPresent(opportunity::eventsTeamAvailable);
    in.optionalBoolean("intelligenceLed").ifPresent(opportunity::intelligenceLed);
    in.optionalBoolean("newOrEmergingCommunity").ifPresent(opportunity::newOrEmergingCommunity);
    in.optionalBoolean("identifyLocalIssues").ifPresent(opportunity::identifyLocalIssues);
    in.optionalBoolean("difficultToAttendInPerson").ifPresent(opportunity::difficultToAttendInPerson);
    for (JsonFields judgement : in.objectList("judgements", Role.values().length)) {
      judgement.allowOnly("by", "engage", "note");
      ImmutableJudgement.Builder j =
          Judgement.builder().by(judgement.requiredEnum("by", Role.class)).engage(judgement.requiredBoolean("engage"));
      judgement.optionalText("note").ifPresent(j::note);
      opportunity.addJudgements(judgement.build(j::build));
    }
    return in.build(opportunity::build);
  }

  /**
   * Reads the opportunity's {@code id} leniently, for error reports about a record that failed to read.
   *
   * @return the id when {@code json} is an object with a textual id no longer than ids may be (an over-long one is
   *     not echoed back)
   */
  public static Optional<String> peekId(JsonNode json) {
    JsonNode id = json == null ? null : json.get("id");
    return id != null && id.isTextual() && id.asText().codePointCount(0, id.asText().length()) <= Checks.MAX_TEXT_LENGTH
        ? Optional.of(id.asText())
        : Optional.empty();
  }

  /**
   * Reads a roster from JSON text.
   *
   * @throws EngagementException naming the field and value when a field is invalid
   */
  public static Roster readRoster(String json) {
    return readRoster(parse(json));
  }

  /**
   * Reads a roster from a JSON object.
   *
   * @throws EngagementException naming the field and value when a field is invalid
   */
  public static Roster readRoster(JsonNode json) {
    JsonFields in = JsonFields.object(json, "");
    in.allowOnly("boroughs", "publiclyNamedRoles");
    ImmutableRoster.Builder roster = Roster.builder();
    if (json.hasNonNull("publiclyNamedRoles")) {
      roster.publiclyNamedRoles(Set.copyOf(in.enumList("publiclyNamedRoles", Role.class)));
    }
    for (JsonFields b : in.objectList("boroughs", Integer.MAX_VALUE)) {
      b.allowOnly(
          "name", "boroughInspector", "neighbourhoodInspector", "divisionalCommander", "designatedPartnerContact",
          "higherEducationLiaisonOfficer", "preventLead", "communityEngagementVolunteer", "cadetsAvailable", "patrolPlans", "wards",
          "institutions");
      ImmutableBorough.Builder borough =
          Borough.builder()
              .name(b.requiredText("name"))
              .boroughInspector(officer(b.requiredObject("boroughInspector")))
              .neighbourhoodInspector(officer(b.requiredObject("neighbourhoodInspector")))
              .divisionalCommander(officer(b.requiredObject("divisionalCommander")))
              .cadetsAvailable(b.optionalBoolean("cadetsAvailable").orElse(false));
      b.optionalBoolean("patrolPlans").ifPresent(borough::patrolPlans);
      b.optionalObject("designatedPartnerContact").map(EngagementJson::officer).ifPresent(borough::designatedPartnerContact);
      b.optionalObject("higherEducationLiaisonOfficer")
          .map(EngagementJson::officer)
          .ifPresent(borough::higherEducationLiaisonOfficer);
      b.optionalObject("preventLead").map(EngagementJson::officer).ifPresent(borough::preventLead);
      b.optionalObject("communityEngagementVolunteer")
          .map(EngagementJson::officer)
          .ifPresent(borough::communityEngagementVolunteer);
      for (JsonFields i : b.objectList("institutions", Integer.MAX_VALUE)) {
        i.allowOnly("name", "higherEducationLiaisonOfficer");
        String name = i.requiredText("name");
        Officer liaison = officer(i.requiredObject("higherEducationLiaisonOfficer"));
        borough.addInstitutions(i.build(() -> Institution.of(name, liaison)));
      }
      for (JsonFields w : b.objectList("wards", Integer.MAX_VALUE)) {
        w.allowOnly("name", "pcso");
        ImmutableWard.Builder ward = Ward.builder().name(w.requiredText("name"));
        w.optionalObject("pcso").map(EngagementJson::officer).ifPresent(ward::pcso);
        borough.addWards(w.build(ward::build));
      }
      roster.addBoroughs(b.build(borough::build));
    }
    return in.build(roster::build);
  }

  private static Officer officer(JsonFields o) {
    o.allowOnly("id", "name");
    String id = o.requiredText("id");
    String name = o.requiredText("name");
    return o.build(() -> Officer.of(id, name));
  }

  /**
   * Writes a roster as a JSON object (the form {@link #readRoster(JsonNode)} reads back as an equal roster). Each
   * object's fields are in alphabetical order and absent posts are left out, so equal rosters give equal text.
   */
  public static ObjectNode toJson(Roster roster) {
    ObjectNode out = NODES.objectNode();
    ArrayNode boroughs = out.putArray("boroughs");
    for (Borough b : roster.boroughs()) {
      ObjectNode borough = boroughs.addObject();
      borough.set("boroughInspector", officerJson(b.boroughInspector()));
      borough.put("cadetsAvailable", b.cadetsAvailable());
      b.communityEngagementVolunteer().ifPresent(o -> borough.set("communityEngagementVolunteer", officerJson(o)));
      b.designatedPartnerContact().ifPresent(o -> borough.set("designatedPartnerContact", officerJson(o)));
      borough.set("divisionalCommander", officerJson(b.divisionalCommander()));
      b.higherEducationLiaisonOfficer().ifPresent(o -> borough.set("higherEducationLiaisonOfficer", officerJson(o)));
      ArrayNode institutions = borough.putArray("institutions");
      for (Institution i : b.institutions()) {
        institutions.addObject()
            .<ObjectNode>set("higherEducationLiaisonOfficer", officerJson(i.higherEducationLiaisonOfficer()))
            .put("name", i.name());
      }
      borough.put("name", b.name());
      borough.set("neighbourhoodInspector", officerJson(b.neighbourhoodInspector()));
      borough.put("patrolPlans", b.patrolPlans());
      b.preventLead().ifPresent(o -> borough.set("preventLead", officerJson(o)));
      ArrayNode wards = borough.putArray("wards");
      for (Ward w : b.wards()) {
        ObjectNode ward = wards.addObject().put("name", w.name());
        w.pcso().ifPresent(o -> ward.set("pcso", officerJson(o)));
      }
    }
    if (!roster.publiclyNamedRoles().equals(Roster.DEFAULT_PUBLICLY_NAMED_ROLES)) {
      // Written only when the force chose other than the default, so that rosters written before keep their version.
      out.set("publiclyNamedRoles", names(new TreeSet<>(roster.publiclyNamedRoles())));
    }
    return out;
  }

  private static ObjectNode officerJson(Officer officer) {
    return NODES.objectNode().put("id", officer.id()).put("name", officer.name());
  }

  /** Writes an opportunity as a JSON object (the form {@link #readOpportunity(JsonNode)} reads). */
  public static ObjectNode toJson(Opportunity opportunity) {
    ObjectNode out = NODES.objectNode();
    out.put("id", opportunity.id());
    out.put("kind", opportunity.kind().name());
    out.put("borough", opportunity.borough());
    opportunity.ward().ifPresent(ward -> out.put("ward", ward));
    out.set("purposes", names(opportunity.purposes()));
    out.set("requests", names(opportunity.requests()));
    out.set("risks", names(opportunity.risks()));
    out.set("topics", names(opportunity.topics()));
    ArrayNode stakeholders = out.putArray("stakeholders");
    for (Stakeholder s : opportunity.stakeholders()) {
      ObjectNode node = stakeholders.addObject().put("type", s.type().name());
      s.name().ifPresent(n -> node.put("name", n));
    }
    out.put("eventsTeamAvailable", opportunity.eventsTeamAvailable());
    out.put("intelligenceLed", opportunity.intelligenceLed());
    out.put("newOrEmergingCommunity", opportunity.newOrEmergingCommunity());
    out.put("identifyLocalIssues", opportunity.identifyLocalIssues());
    out.put("difficultToAttendInPerson", opportunity.difficultToAttendInPerson());
    ArrayNode judgements = out.putArray("judgements");
    for (Judgement j : opportunity.judgements()) {
      ObjectNode node = judgements.addObject().put("by", j.by().name()).put("engage", j.engage());
      j.note().ifPresent(n -> node.put("note", n));
    }
    return out;
  }

  /**
   * Writes a decision as a JSON object. Absent optional values are written as {@code null}, but for {@code
   * rosterVersion} and {@code edition}, which are left out when the decision has none (they were added later: older
   * records lack them).
   */
  public static ObjectNode toJson(Decision decision) {
    ObjectNode out = NODES.objectNode();
    out.put("opportunityId", decision.opportunityId());
    out.put("attendance", decision.attendance().name());
    out.put("attendee", decision.attendee().map(Enum::name).orElse(null));
    out.set("pointOfContact", decision.pointOfContact().map(EngagementJson::contact).orElse(null));
    ArrayNode contacts = out.putArray("contacts");
    decision.contacts().forEach(c -> contacts.add(contact(c)));
    ArrayNode escalations = out.putArray("escalations");
    for (Escalation e : decision.escalations()) {
      escalations.addObject().put("to", e.to().name()).put("reason", e.reason()).put("priority", e.priority().name());
    }
    out.set("actions", names(decision.actions()));
    out.set("channels", names(decision.channels()));
    ArrayNode reasons = out.putArray("reasons");
    decision.reasons().forEach(r -> reasons.add(reason(r)));
    out.put("ruleBaseVersion", decision.ruleBaseVersion());
    decision.rosterVersion().ifPresent(version -> out.put("rosterVersion", version));
    decision.edition().ifPresent(edition -> out.put("edition", edition));
    ArrayNode overridden = out.putArray("overridden");
    for (OverriddenFinding o : decision.overridden()) {
      overridden.add(
          reason(o.reason())
              .put("finding", o.finding())
              .put("overriddenBy", o.overriddenBy())
              .put("precedence", o.precedence()));
    }
    return out;
  }

  /**
   * Writes a decision to {@code out} as {@link #toJson(Decision)} holds it, field for field and in the same order, without
   * building the tree: for a service answering many decisions, where the tree and its text are most of what writing
   * costs. Written compactly, it is byte for byte {@link #write(JsonNode) write(toJson(decision))}.
   *
   * @throws IOException when {@code out} cannot be written to
   */
  public static void write(Decision decision, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("opportunityId", decision.opportunityId());
    out.writeStringField("attendance", decision.attendance().name());
    out.writeStringField("attendee", decision.attendee().map(Enum::name).orElse(null));
    out.writeFieldName("pointOfContact");
    if (decision.pointOfContact().isPresent()) {
      write(decision.pointOfContact().get(), out);
    } else {
      out.writeNull();
    }
    out.writeArrayFieldStart("contacts");
    for (Contact contact : decision.contacts()) {
      write(contact, out);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("escalations");
    for (Escalation e : decision.escalations()) {
      out.writeStartObject();
      out.writeStringField("to", e.to().name());
      out.writeStringField("reason", e.reason());
      out.writeStringField("priority", e.priority().name());
      out.writeEndObject();
    }
    out.writeEndArray();
    writeNames("actions", decision.actions(), out);
    writeNames("channels", decision.channels(), out);
    out.writeArrayFieldStart("reasons");
    for (Reason reason : decision.reasons()) {
      out.writeStartObject();
      writeFields(reason, out);
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeStringField("ruleBaseVersion", decision.ruleBaseVersion());
    if (decision.rosterVersion().isPresent()) {
      out.writeStringField("rosterVersion", decision.rosterVersion().get());
    }
    if (decision.edition().isPresent()) {
      out.writeStringField("edition", decision.edition().get());
    }
    out.writeArrayFieldStart("overridden");
    for (OverriddenFinding o : decision.overridden()) {
      out.writeStartObject();
      writeFields(o.reason(), out);
      out.writeStringField("finding", o.finding());
      out.writeStringField("overriddenBy", o.overriddenBy());
      out.writeStringField("precedence", o.precedence());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /** The fields of {@link #reason(Reason)}, in its order. */
  private static void writeFields(Reason reason, JsonGenerator out) throws IOException {
    out.writeStringField("rule", reason.rule());
    out.writeStringField("section", reason.section());
    out.writeStringField("text", reason.text());
    out.writeStringField("quote", reason.quote());
    out.writeBooleanField("interpretation", reason.isInterpretation());
    if (reason.interpretation().isPresent()) {
      out.writeStringField("interpretationNote", reason.interpretation().get());
    }
    if (reason.tier().isPresent()) {
      out.writeStringField("tier", reason.tier().get());
    }
    if (reason.awaitingApproval()) {
      out.writeBooleanField("awaitingApproval", true);
    }
  }

  /** {@link #contact(Contact)}, streamed. */
  private static void write(Contact contact, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("role", contact.role().name());
    out.writeStringField("id", contact.id().orElse(null));
    out.writeStringField("name", contact.name().orElse(null));
    out.writeStringField("remit", contact.remit().name());
    writeNames("remits", contact.remits(), out);
    writeNames("roles", contact.roles(), out);
    out.writeEndObject();
  }

  private static void writeNames(String field, Collection<? extends Enum<?>> values, JsonGenerator out)
      throws IOException {
    out.writeArrayFieldStart(field);
    for (Enum<?> value : values) {
      out.writeString(value.name());
    }
    out.writeEndArray();
  }

  /**
   * A reason as JSON: {@code rule, section, text, quote, interpretation} (a boolean), and when present {@code
   * interpretationNote}, {@code tier} and {@code awaitingApproval} (written only when true).
   */
  private static ObjectNode reason(Reason reason) {
    ObjectNode node =
        NODES.objectNode()
            .put("rule", reason.rule())
            .put("section", reason.section())
            .put("text", reason.text())
            .put("quote", reason.quote())
            .put("interpretation", reason.isInterpretation());
    reason.interpretation().ifPresent(note -> node.put("interpretationNote", note));
    reason.tier().ifPresent(tier -> node.put("tier", tier));
    if (reason.awaitingApproval()) {
      node.put("awaitingApproval", true);
    }
    return node;
  }

  /**
   * Writes a public answer as a JSON object: {@code opportunityId, policeAttend, referred, emergency, summary,
   * details, contacts} (each {@code description, name} (or {@code null}) {@code , how}), {@code emergencyAdvice,
   * ruleBaseVersion}.
   */
  public static ObjectNode toJson(PublicAnswer answer) {
    ObjectNode out = NODES.objectNode()
        .put("opportunityId", answer.opportunityId())
        .put("policeAttend", answer.policeAttend())
        .put("referred", answer.referred())
        .put("emergency", answer.emergency())
        .put("summary", answer.summary());
    ArrayNode details = out.putArray("details");
    answer.details().forEach(details::add);
    ArrayNode contacts = out.putArray("contacts");
    for (PublicContact contact : answer.contacts()) {
      contacts.addObject()
          .put("description", contact.description())
          .put("name", contact.name().orElse(null))
          .put("how", contact.how());
    }
    return out.put("emergencyAdvice", answer.emergencyAdvice()).put("ruleBaseVersion", answer.ruleBaseVersion());
  }

  /** Writes a JSON value as compact text on one line. */
  public static String write(JsonNode json) {
    try {
      return MAPPER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  private static ObjectNode contact(Contact contact) {
    ObjectNode node = NODES.objectNode().put("role", contact.role().name());
    node.put("id", contact.id().orElse(null));
    node.put("name", contact.name().orElse(null));
    node.put("remit", contact.remit().name());
    node.set("remits", names(contact.remits()));
    node.set("roles", names(contact.roles()));
    return node;
  }

  private static ArrayNode names(Collection<? extends Enum<?>> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(v -> array.add(v.name()));
    return array;
  }
}
