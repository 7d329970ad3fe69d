package io.github.engagementrules.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.authoring.internal.Expectations;
import io.github.engagementrules.authoring.internal.ScenarioFileEditor;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.rules.RuleBaseInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accepting an intended change: for each failing scenario, the expectations rewritten to what the rules decide now,
 * field by field, to be shown to the author and, once they agree, written back into the scenario file. Only the
 * {@code expect} object of an accepted scenario changes; its name (and so the sentence of the guide a guard's name
 * quotes), description, roster and opportunity, and the file's other scenarios, stay as they are, character for
 * character. Nothing here asks or decides what to accept: the caller does, visibly.
 */
public final class ScenarioAcceptance {
  private ScenarioAcceptance() {}

  /**
   * One expected field an acceptance changes.
   *
   * @param field the field of {@code expect}, such as {@code attendee}
   * @param before its value as written, in JSON; {@code (absent)} when it was not given
   * @param after its new value, in JSON; {@code (absent)} when it is dropped
   */
  public record FieldChange(String field, String before, String after) {
    /** {@code field: before -> after}. */
    @Override
    public String toString() {
      return field + ": " + before + " -> " + after;
    }
  }

  /**
   * What accepting a failing scenario would write.
   *
   * @param scenario the scenario
   * @param position its position among the scenarios of its file
   * @param expect the new {@code expect} object
   * @param changes the fields that change, in the order of the object
   * @param stillFailing what the new expectations would still not accept (a broken invariant); empty when none
   */
  public record Proposal(
      Scenario scenario, int position, ObjectNode expect, List<FieldChange> changes, List<String> stillFailing) {
    /** Copies the lists and the object. */
    public Proposal {
      expect = expect.deepCopy();
      changes = List.copyOf(changes);
      stillFailing = List.copyOf(stillFailing);
    }

    /** The new expectations (a copy). */
    @Override
    public ObjectNode expect() {
      return expect.deepCopy();
    }
  }

  /**
   * The proposals for every failing scenario of a report, in report order.
   *
   * @param report a run of scenarios read from files
   * @return one proposal per failing scenario
   */
  public static List<Proposal> propose(ScenarioReport report) {
    RuleBaseInfo ruleBase = report.ruleBase();
    Map<String, Integer> positions = new HashMap<>();
    List<Proposal> proposals = new ArrayList<>();
    for (ScenarioResult result : report.results()) {
      Scenario scenario = result.scenario();
      int position = positions.merge(scenario.source(), 1, Integer::sum) - 1;
      if (result.passed()) {
        continue;
      }
      ObjectNode before = scenario.expected();
      ObjectNode after = Expectations.accepted(before, ruleBase, scenario.opportunity(),
          result.decision().orElse(null), result.error().orElse(null));
      List<String> stillFailing = Expectations.mismatches(after, ruleBase, scenario.opportunity(),
          result.decision().orElse(null), result.error().orElse(null));
      proposals.add(new Proposal(scenario, position, after, changes(before, after), stillFailing));
    }
    return proposals;
  }

  /**
   * Writes accepted proposals into their scenario files, each file replaced in one step.
   *
   * @param accepted the proposals to write
   * @return the files written, in order
   * @throws EngagementException {@link ErrorCode#INVALID_INPUT} naming the file when it cannot be read or written or
   *     no longer holds the scenario where it was; files before it in order are written, none after
   */
  public static List<Path> write(List<Proposal> accepted) {
    Map<String, List<ScenarioFileEditor.Replacement>> byFile = new LinkedHashMap<>();
    for (Proposal proposal : accepted) {
      byFile.computeIfAbsent(proposal.scenario().source(), f -> new ArrayList<>())
          .add(new ScenarioFileEditor.Replacement(proposal.position(), proposal.scenario().name(), proposal.expect()));
    }
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, List<ScenarioFileEditor.Replacement>> file : byFile.entrySet()) {
      Path path = Path.of(file.getKey());
      try {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String edited = ScenarioFileEditor.withExpectations(path, text, file.getValue());
        Path partial = path.resolveSibling(path.getFileName() + ".partial");
        Files.writeString(partial, edited, StandardCharsets.UTF_8);
        Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        written.add(path);
      } catch (IOException e) {
        throw new EngagementException(ErrorCode.INVALID_INPUT, null,
            file.getKey() + ": cannot rewrite the scenario file: " + e.getMessage());
      }
    }
    return written;
  }

  private static List<FieldChange> changes(ObjectNode before, ObjectNode after) {
    Set<String> fields = new LinkedHashSet<>();
    before.fieldNames().forEachRemaining(fields::add);
    after.fieldNames().forEachRemaining(fields::add);
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      JsonNode old = before.get(field);
      JsonNode now = after.get(field);
      if (old == null || !old.equals(now)) {
        changes.add(new FieldChange(field, shown(old), shown(now)));
      }
    }
    return changes;
  }

  private static String shown(JsonNode value) {
    return value == null ? "(absent)" : value.toString();
  }
}
