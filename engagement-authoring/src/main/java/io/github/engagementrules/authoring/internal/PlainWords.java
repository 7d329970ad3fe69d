package io.github.engagementrules.authoring.internal;

import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Escalation;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Priority;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The model and the rules in plain words, for readers who do not read DRL: an opportunity, a decision, and what a
 * rule's conditions test and its consequence concludes, generated from the rule's own text so that it cannot drift
 * from it.
 */
public final class PlainWords {
  private static final Set<String> ACRONYMS = Set.of("PCSO", "SNT", "UK", "MP", "MPS", "IAG", "HE");
  private static final Map<String, String> SUBJECTS = Map.of(
      "Opportunity", "the invitation",
      "RosterPost", "a post on the roster",
      "AttendanceOutcome", "the attendance decided",
      "Judgement", "a judgement given back",
      "Stakeholder", "a stakeholder");
  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Za-z]*\\.([A-Z][A-Z0-9_]*)\\b");
  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
  private static final Pattern INSERT = Pattern.compile("insert\\s*\\((.*)\\)\\s*;");
  private static final Pattern CALL = Pattern.compile("^([A-Za-z]+)\\.([a-z][A-Za-z]*)\\((.*)\\)$");
  private static final Pattern BOUND = Pattern.compile("\\$(\\w+)(\\.)?");
  private static final Pattern BOUND_CONTACT = Pattern.compile("^\\$(\\w+)\\.contactFor\\((.*)\\)$");

  private PlainWords() {}

  /** A rule's conditions and conclusions in plain words. */
  public record RuleInWords(List<String> when, List<String> then) {}

  /**
   * Reads each rule of a DRL file into plain words.
   *
   * @param drl the file's text
   * @return each rule's words by rule name; empty when the file does not parse
   */
  public static Map<String, RuleInWords> rules(String drl) {
    DrlParser parser = new DrlParser();
    PackageDescr parsed;
    try {
      parsed = parser.parse(false, drl);
    } catch (DroolsParserException e) {
      return Map.of();
    }
    if (parsed == null || parser.hasErrors()) {
      return Map.of();
    }
    Map<String, RuleInWords> rules = new LinkedHashMap<>();
    for (RuleDescr rule : parsed.getRules()) {
      Map<String, String> bound = new HashMap<>();
      List<String> when = new ArrayList<>();
      for (BaseDescr element : rule.getLhs().getDescrs()) {
        when.add(condition(element, bound));
      }
      List<String> then = new ArrayList<>();
      Matcher insert = INSERT.matcher(String.valueOf(rule.getConsequence()));
      while (insert.find()) {
        then.add(conclusion(insert.group(1).strip(), bound));
      }
      rules.put(rule.getName(), new RuleInWords(when, then));
    }
    return rules;
  }

  private static String condition(BaseDescr element, Map<String, String> bound) {
    if (element instanceof NotDescr not) {
      return "there is no " + strip(join(not.getDescrs(), bound, " and "), "a ", "the ");
    }
    if (element instanceof ExistsDescr exists) {
      return "there is " + join(exists.getDescrs(), bound, " and ");
    }
    if (element instanceof OrDescr or) {
      return "either " + join(or.getDescrs(), bound, ", or ");
    }
    if (element instanceof AndDescr and) {
      return join(and.getDescrs(), bound, " and ");
    }
    if (element instanceof PatternDescr pattern) {
      String subject = SUBJECTS.getOrDefault(pattern.getObjectType(), "a " + words(pattern.getObjectType()));
      List<String> tests =
          pattern.getConstraint().getDescrs().stream().map(d -> expression(d.getText(), bound)).toList();
      if (pattern.getIdentifier() != null) {
        bound.put(pattern.getIdentifier().replace("$", ""), boundName(pattern, subject));
      }
      return tests.isEmpty() ? subject + " (any)" : subject + ": " + String.join("; ", tests);
    }
    return expression(element.getText(), bound);
  }

  /** The elements' conditions joined; Drools' descriptors list their children as raw lists. */
  private static String join(List<?> elements, Map<String, String> bound, String separator) {
    return elements.stream().map(e -> condition((BaseDescr) e, bound)).collect(Collectors.joining(separator));
  }

  /** How a bound post is named in a conclusion: "the PCSO" for {@code RosterPost(role == Role.PCSO)}. */
  private static String boundName(PatternDescr pattern, String subject) {
    for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
      Matcher role = Pattern.compile("role\\s*==\\s*Role\\.([A-Z_]+)").matcher(String.valueOf(constraint.getText()));
      if (role.find()) {
        return "the " + constant(role.group(1));
      }
    }
    return subject.replaceFirst("^a ", "the ");
  }

  /**
   * A constraint in words: constants humanised, operators spelled out, camelCase split, a bound fact named as it was
   * found ({@code $lead.officer.id} is "the Prevent lead's officer id").
   */
  static String expression(String text, Map<String, String> bound) {
    String words = BOUND.matcher(String.valueOf(text).strip()).replaceAll(m -> Matcher.quoteReplacement(
        bound.getOrDefault(m.group(1), "the " + words(m.group(1))) + (m.group(2) == null ? "" : "'s")))
        .replaceAll("(?<=\\w)\\.(?=[a-z])", " ");
    words = CONSTANT.matcher(words).replaceAll(m -> constant(m.group(1)));
    words = words
        .replaceAll("\\(\\s*this\\s*\\)", "")
        .replaceAll("\\s*!=\\s*", " is not ")
        .replaceAll("\\s*==\\s*", " is ")
        .replaceAll("\\s*>=\\s*", " is at least ")
        .replaceAll("\\s*<=\\s*", " is at most ")
        .replaceAll("\\s*>\\s*", " is more than ")
        .replaceAll("\\s*<\\s*", " is less than ")
        .replaceAll("\\s*&&\\s*", " and ")
        .replaceAll("\\s*\\|\\|\\s*", " or ")
        .replaceAll("\\bnot contains\\b", "do not include")
        .replaceAll("\\bcontains\\b", "include")
        .replaceAll("\\.isEmpty\\(\\)", " is empty")
        .replaceAll("\\.isPresent\\(\\)", " is given")
        .replaceAll("!\\s*", "not ")
        .replace("\"", "")
        .replaceAll("\\(\\)", "");
    return CAMEL.matcher(words).replaceAll(" ").toLowerCase(Locale.ROOT)
        .replaceAll("\\bpcso\\b", "PCSO").replaceAll("\\bsnt\\b", "SNT").replaceAll("\\buk\\b", "UK")
        .replaceAll("\\s+", " ").strip();
  }

  private static String conclusion(String inserted, Map<String, String> bound) {
    Matcher contact = BOUND_CONTACT.matcher(inserted);
    if (contact.matches()) {
      return "name " + bound.getOrDefault(contact.group(1), "the post found") + " as "
          + expression(contact.group(2), bound);
    }
    Matcher call = CALL.matcher(inserted);
    if (call.matches()) {
      String args = call.group(3).strip();
      String first = args.isEmpty() ? "" : expression(args.split(",", 2)[0], bound);
      return switch (call.group(1) + "." + call.group(2)) {
        case "AttendanceRuling.attend" -> "the police attend: " + first;
        case "AttendanceRuling.decline" -> "the police do not attend";
        case "AttendanceRuling.redirect" -> first.isEmpty() ? "point the request online" : "point the request to " + first;
        case "AttendanceRuling.refer" -> "refer the decision to " + first;
        case "AttendanceRuling.delegate" -> "delegate attendance to " + first;
        case "Escalation.immediate" -> "escalate at once to " + first;
        case "Escalation.routine" -> "escalate to " + first;
        default -> expression(inserted, bound);
      };
    }
    Matcher constant = CONSTANT.matcher(inserted);
    if (constant.matches()) {
      return inserted.startsWith("Channel.") ? "point to " + constant(constant.group(1))
          : constant(constant.group(1));
    }
    return expression(inserted, bound);
  }

  /** An opportunity as a sentence or two. */
  public static String opportunity(Opportunity o) {
    StringBuilder text = new StringBuilder("A " + constant(o.kind().name()) + " in "
        + o.ward().map(ward -> ward + ", ").orElse("all of ") + o.borough() + ".");
    list(text, " Purpose", o.purposes());
    list(text, " Asked for", o.requests());
    list(text, " Risks", o.risks());
    list(text, " Topics", o.topics());
    o.judgements().forEach(j -> text.append(" The ").append(constant(j.by().name())).append(" has judged that the"
        + " police should ").append(j.engage() ? "engage." : "not engage."));
    return text.toString();
  }

  /** A decision as a few sentences: attendance, contact, escalations, channels. */
  public static String decision(Decision d) {
    StringBuilder text = new StringBuilder(switch (d.attendance()) {
      case ATTEND -> "The police attend" + d.attendee().map(r -> " (" + constant(r.name()) + ")").orElse("") + ".";
      case DECLINE -> "The police do not attend.";
      case REDIRECT -> "The police do not attend; the request is pointed to "
          + d.attendee().map(r -> "the " + constant(r.name())).orElse("online sources") + ".";
      case REFER -> "The decision is referred to " + d.attendee().map(r -> "the " + constant(r.name())).orElse("a"
          + " named person") + ".";
      case DELEGATE -> "Attendance is delegated to " + d.attendee().map(r -> constant(r.name())).orElse("others")
          + ".";
    });
    d.pointOfContact().ifPresent(c -> text.append(" Point of contact: ").append(contact(c)).append('.'));
    for (Escalation e : d.escalations()) {
      text.append(" Escalated ").append(e.priority() == Priority.IMMEDIATE ? "at once " : "").append("to the ")
          .append(constant(e.to().name())).append('.');
    }
    if (!d.channels().isEmpty()) {
      text.append(" Pointed to ").append(names(d.channels())).append('.');
    }
    if (!d.actions().isEmpty()) {
      text.append(" Actions: ").append(names(d.actions())).append('.');
    }
    return text.toString();
  }

  private static String contact(Contact c) {
    return "the " + constant(c.role().name()) + c.name().map(n -> " (" + n + ")").orElse(" (post vacant)");
  }

  private static void list(StringBuilder text, String label, Collection<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      text.append(label).append(": ").append(names(values)).append('.');
    }
  }

  private static String names(Collection<? extends Enum<?>> values) {
    return values.stream().map(v -> constant(v.name())).collect(Collectors.joining(", "));
  }

  /** An enum constant in words: {@code SNT_OFFICER} is "SNT officer", {@code POLICE_UK} is "police UK". */
  public static String constant(String name) {
    return Arrays.stream(name.split("_"))
        .map(w -> ACRONYMS.contains(w) ? w : w.toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(" "));
  }

  /** A type or identifier in words: {@code RosterPost} is "roster post". */
  static String words(String identifier) {
    return CAMEL.matcher(identifier).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static String strip(String text, String... prefixes) {
    for (String prefix : prefixes) {
      if (text.startsWith(prefix)) {
        return text.substring(prefix.length());
      }
    }
    return text;
  }
}
