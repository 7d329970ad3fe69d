package io.github.engagementrules.rules.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.engagementrules.rules.Approval;
import io.github.engagementrules.rules.Edition;
import io.github.engagementrules.rules.GuideSection;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
import io.github.engagementrules.rules.RuleProblem.Severity;
import io.github.engagementrules.rules.RuleProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The files of an edition besides its DRL and precedence: the guide's text ({@value RuleFiles#GUIDE_FILE}), what the
 * edition is ({@value RuleFiles#EDITION_FILE}) and the policy owner's sign-offs ({@value RuleFiles#APPROVALS_FILE}).
 * Each is read with every problem reported at its line.
 */
public final class EditionFiles {
  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private EditionFiles() {}

  /**
   * What an edition's files say besides its rules.
   *
   * @param guide the guide's sections by id, in the guide's order
   * @param edition what the edition is, or {@code null} when its folder does not say
   * @param approvals the policy owner's approvals
   * @param approvalsFile the file they were read from, or {@code null}
   */
  public record Parts(
      Map<String, GuideSection> guide, Edition edition, List<Approval> approvals, RuleFile approvalsFile) {
    /** Warns of every approval that names no rule or marked function of the rule base (a rename, a deletion). */
    public void checkApprovals(Map<String, String> contentHashes, List<RuleProblem> problems) {
      for (Approval approval : approvals) {
        if (!contentHashes.containsKey(approval.rule())) {
          problems.add(RuleProblem.builder().file(approvalsFile.name()).line(line(approvalsFile, approval.rule()))
              .column(1).severity(Severity.WARNING)
              .message("the approval of '" + approval.rule() + "' names no rule or marked function of this edition")
              .build());
        }
      }
    }
  }

  /**
   * Reads the edition's files among {@code files}: each kind at most once; without a guide of its own, the built-in
   * guide's text is used.
   */
  public static Parts read(List<RuleFile> files, List<RuleProblem> problems) {
    RuleFile guideFile = theOne(files, RuleFiles.GUIDE_FILE, problems);
    RuleFile editionFile = theOne(files, RuleFiles.EDITION_FILE, problems);
    RuleFile approvalsFile = theOne(files, RuleFiles.APPROVALS_FILE, problems);
    List<GuideSection> sections = guideFile == null ? builtInGuide() : guide(guideFile, problems);
    Map<String, GuideSection> guide = new LinkedHashMap<>();
    sections.forEach(s -> guide.put(s.id(), s));
    return new Parts(
        Collections.unmodifiableMap(guide),
        editionFile == null ? null : edition(editionFile, problems),
        approvalsFile == null ? List.of() : approvals(approvalsFile, problems),
        approvalsFile);
  }

  private static RuleFile theOne(List<RuleFile> files, String name, List<RuleProblem> problems) {
    List<RuleFile> named = files.stream().filter(f -> named(f, name)).toList();
    for (RuleFile extra : named.stream().skip(1).toList()) {
      problems.add(error(extra, 1, name + " is given twice: here and in " + named.get(0).name()
          + "; an edition has one"));
    }
    return named.isEmpty() ? null : named.get(0);
  }

  /** Whether the file is one of an edition's files other than DRL and precedence. */
  public static boolean isEditionFile(RuleFile file) {
    return named(file, RuleFiles.GUIDE_FILE) || named(file, RuleFiles.EDITION_FILE)
        || named(file, RuleFiles.APPROVALS_FILE);
  }

  /** Whether the file's base name is {@code name}. */
  public static boolean named(RuleFile file, String name) {
    return file.name().equals(name) || file.name().endsWith("/" + name) || file.name().endsWith("\\" + name);
  }

  /** The guide's text of the built-in edition, which rule folders without a guide of their own are checked against. */
  public static List<GuideSection> builtInGuide() {
    String resource = RuleFiles.BUILT_IN_FOLDER + RuleFiles.GUIDE_FILE;
    try (InputStream in = EditionFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the engagement-rules jar");
      }
      List<RuleProblem> problems = new ArrayList<>();
      List<GuideSection> sections =
          guide(RuleFile.of(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)), problems);
      if (!problems.isEmpty()) {
        throw new IllegalStateException("the built-in " + resource + " is invalid: " + problems);
      }
      return sections;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the guide's text: blocks opened by {@code === id | title | source file | document title [| informational]},
   * each followed by the section's own words; lines before the first block are comments.
   */
  public static List<GuideSection> guide(RuleFile file, List<RuleProblem> problems) {
    Map<String, GuideSection> sections = new LinkedHashMap<>();
    String[] header = null;
    int headerLine = 0;
    List<String> body = new ArrayList<>();
    String[] lines = file.content().split("\r?\n", -1);
    for (int i = 0; i <= lines.length; i++) {
      boolean opens = i < lines.length && lines[i].startsWith("=== ");
      if (i == lines.length || opens) {
        if (header != null) {
          addSection(file, headerLine, header, body, sections, problems);
        }
        if (opens) {
          header = lines[i].substring(4).split("\\|", -1);
          headerLine = i + 1;
          body.clear();
        }
      } else if (header != null) {
        body.add(lines[i]);
      }
    }
    if (sections.isEmpty() && problems.isEmpty()) {
      problems.add(error(file, 1, "the guide has no section: open each with '=== id | title | source file"
          + " | document title [| informational]'"));
    }
    return List.copyOf(sections.values());
  }

  private static void addSection(RuleFile file, int line, String[] header, List<String> body,
      Map<String, GuideSection> sections, List<RuleProblem> problems) {
    if (header.length < 3 || header.length > 5 || header[0].isBlank() || header[1].isBlank()) {
      problems.add(error(file, line, "a section opens with '=== id | title | source file | document title"
          + " [| informational]', got '=== " + String.join("|", header) + "'"));
      return;
    }
    String id = header[0].strip();
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      problems.add(error(file, line, "section id '" + id + "' must be lower-case words joined by '-'"));
      return;
    }
    if (header.length == 5 && !header[4].strip().equals("informational")) {
      problems.add(error(file, line, "the fifth field of a section may only be 'informational', got '"
          + header[4].strip() + "'"));
      return;
    }
    String text = String.join("\n", body).strip();
    if (text.isEmpty()) {
      problems.add(error(file, line, "section '" + id + "' has no text"));
      return;
    }
    GuideSection section = GuideSection.builder()
        .id(id)
        .title(header[1].strip())
        .source(header[2].strip())
        .document(header.length > 3 ? header[3].strip() : header[2].strip())
        .informational(header.length > 4)
        .text(text)
        .build();
    if (sections.putIfAbsent(id, section) != null) {
      problems.add(error(file, line, "section '" + id + "' is declared twice"));
    }
  }

  /** Reads {@value RuleFiles#EDITION_FILE}; {@code null} when it has errors. */
  public static Edition edition(RuleFile file, List<RuleProblem> problems) {
    JsonNode root = object(file, problems);
    if (root == null) {
      return null;
    }
    int before = problems.size();
    String force = text(file, root, "force", problems);
    String guide = text(file, root, "guide", problems);
    String edition = text(file, root, "edition", problems);
    LocalDate inForceFrom = date(file, root, "inForceFrom", problems);
    LocalDate reviewDue = date(file, root, "reviewDue", problems);
    String policyOwner = text(file, root, "policyOwner", problems);
    if (problems.size() > before) {
      return null;
    }
    return built(file, "reviewDue", problems, () -> Edition.builder().force(force).guide(guide).edition(edition)
        .inForceFrom(inForceFrom).reviewDue(reviewDue).policyOwner(policyOwner).build());
  }

  /** Reads {@value RuleFiles#APPROVALS_FILE}: the approvals that parse, every other one reported at its line. */
  public static List<Approval> approvals(RuleFile file, List<RuleProblem> problems) {
    JsonNode root = object(file, problems);
    if (root == null) {
      return List.of();
    }
    JsonNode entries = root.get("approvals");
    if (entries == null || !entries.isArray()) {
      problems.add(error(file, 1, "approvals: must be an array of {rule, approvedBy, approvedOn, note, contentHash}"));
      return List.of();
    }
    List<Approval> approvals = new ArrayList<>();
    for (JsonNode entry : entries) {
      int before = problems.size();
      String rule = text(file, entry, "rule", problems);
      String by = text(file, entry, "approvedBy", problems);
      LocalDate on = date(file, entry, "approvedOn", problems);
      String hash = text(file, entry, "contentHash", problems);
      if (problems.size() == before) {
        Approval approval = built(file, rule, problems, () -> Approval.builder().rule(rule).approvedBy(by)
            .approvedOn(on).note(entry.path("note").asText("")).contentHash(hash).build());
        if (approval != null) {
          approvals.add(approval);
        }
      }
    }
    return List.copyOf(approvals);
  }

  /**
   * The text of {@value RuleFiles#APPROVALS_FILE} holding these approvals, one per rule, in rule-name order.
   *
   * @param approvals the approvals
   * @return the file's JSON text, ending with a line break
   */
  public static String approvalsJson(List<Approval> approvals) {
    var root = JSON.createObjectNode();
    root.put("$comment", "The policy owner's sign-offs of this edition's rules, written by 'engagement approve'."
        + " An approval counts while the rule's content hash is unchanged: editing the rule needs a new approval.");
    var array = root.putArray("approvals");
    approvals.stream()
        .sorted(Comparator.comparing(Approval::rule))
        .forEach(a -> array.addObject()
            .put("rule", a.rule())
            .put("approvedBy", a.approvedBy())
            .put("approvedOn", a.approvedOn().toString())
            .put("note", a.note())
            .put("contentHash", a.contentHash()));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T built(RuleFile file, String near, List<RuleProblem> problems, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalStateException | IllegalArgumentException e) {
      problems.add(error(file, line(file, near), e.getMessage()));
      return null;
    }
  }

  private static JsonNode object(RuleFile file, List<RuleProblem> problems) {
    JsonNode root;
    try {
      root = JSON.readTree(file.content());
    } catch (IOException e) {
      JsonLocation at = e instanceof JsonProcessingException p ? p.getLocation() : null;
      problems.add(error(file, at == null ? 1 : at.getLineNr(),
          "not valid JSON: " + e.getMessage().lines().findFirst().orElse("")));
      return null;
    }
    if (root == null || !root.isObject()) {
      problems.add(error(file, 1, "must be a JSON object"));
      return null;
    }
    return root;
  }

  private static String text(RuleFile file, JsonNode node, String field, List<RuleProblem> problems) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      problems.add(error(file, line(file, field), field + ": must be a non-empty string, got "
          + (value == null ? "nothing" : value.toString())));
      return "";
    }
    return value.asText().strip();
  }

  private static LocalDate date(RuleFile file, JsonNode node, String field, List<RuleProblem> problems) {
    String text = text(file, node, field, problems);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(error(file, line(file, field), field + ": must be a date such as 2027-09-27, got '" + text + "'"));
      return null;
    }
  }

  /**
   * The line a JSON value or field name is first written on (1 when nowhere), for problems Jackson's tree no longer
   * places.
   */
  static int line(RuleFile file, String value) {
    return value == null || value.isEmpty() ? 1 : RuleTexts.lineOf(file.content(), "\"" + value + "\"");
  }

  private static RuleProblem error(RuleFile file, int line, String message) {
    return RuleProblem.builder().file(file.name()).line(line).column(1).message(message).severity(Severity.ERROR)
        .build();
  }
}
