package io.github.engagementrules.authoring.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.TreeMap;

/**
 * Rewrites the {@code expect} objects of some scenarios of a scenario file and leaves every other character of the
 * file as it was: the names, descriptions and opportunities, the other scenarios, the layout. The new objects are
 * written in the layout of the shipped files: two spaces a level, one member or element a line, {@code "key": value},
 * {@code []} and {@code {}} when empty.
 */
public final class ScenarioFileEditor {
  private static final JsonFactory JSON = new JsonFactory();
  private static final String STEP = "  ";

  private ScenarioFileEditor() {}

  /**
   * A scenario's new expectations.
   *
   * @param position the scenario's position in the file's array (0 when the file holds one scenario object)
   * @param name the scenario's name as read, checked against the file so that a file edited meanwhile is not spoilt
   * @param expect the new {@code expect} object
   */
  public record Replacement(int position, String name, JsonNode expect) {}

  /** Where a scenario's {@code expect} stands, or where one can be added. */
  private record Span(int start, int end, String indent, boolean present) {}

  /**
   * The file's text with the replacements made.
   *
   * @param file the file, for errors and the names of scenarios that give none
   * @param text the file's text
   * @param replacements the scenarios to rewrite
   * @throws EngagementException {@link ErrorCode#INVALID_INPUT} when the file no longer holds a scenario by that
   *     name at that position
   */
  public static String withExpectations(
      Path file, String text, List<Replacement> replacements) {
    String defaultName = ScenarioFiles.fileName(file);
    Map<Integer, Replacement> byPosition = new TreeMap<>(Comparator.reverseOrder());
    replacements.forEach(r -> byPosition.put(r.position(), r));
    List<Span> spans = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          spans.add(scenario(parser, text, names, defaultName + "[" + names.size() + "]"));
        }
      } else if (first == JsonToken.START_OBJECT) {
        spans.add(scenario(parser, text, names, defaultName));
      }
    } catch (IOException e) {
      throw invalid(file, "cannot be read as JSON any more: " + e.getMessage());
    }
    StringBuilder edited = new StringBuilder(text);
    for (Entry<Integer, Replacement> entry : byPosition.entrySet()) { // from the end, so that offsets stay valid
      Replacement replacement = entry.getValue();
      int at = entry.getKey();
      if (at >= spans.size() || !names.get(at).equals(replacement.name())) {
        throw invalid(file, "scenario '" + replacement.name() + "' is no longer at position " + at
            + " of the file (was it edited meanwhile?); nothing was written");
      }
      Span span = spans.get(at);
      String value = pretty(replacement.expect(), span.indent());
      edited.replace(span.start(), span.end(),
          span.present() ? value : ",\n" + span.indent() + "\"expect\": " + value);
    }
    return edited.toString();
  }

  /** The object's layout, written the way the shipped scenario files are: 2 spaces a level. */
  public static String pretty(JsonNode node, String indent) {
    String inner = indent + STEP;
    if (node.isObject() && !node.isEmpty()) {
      List<String> members = new ArrayList<>();
      for (Iterator<Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Entry<String, JsonNode> member = it.next();
        members.add(inner + TextNode.valueOf(member.getKey()) + ": " + pretty(member.getValue(), inner));
      }
      return "{\n" + String.join(",\n", members) + "\n" + indent + "}";
    }
    if (node.isArray() && !node.isEmpty()) {
      List<String> elements = new ArrayList<>();
      node.forEach(element -> elements.add(inner + pretty(element, inner)));
      return "[\n" + String.join(",\n", elements) + "\n" + indent + "]";
    }
    return node.isObject() ? "{}" : node.isArray() ? "[]" : node.toString();
  }

  private static Span scenario(JsonParser parser, String text, List<String> names, String defaultName)
      throws IOException {
    String name = defaultName;
    Span expect = null;
    int lastEnd = -1;
    String lastIndent = STEP;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      String indent = indentOf(text, (int) parser.currentTokenLocation().getCharOffset());
      JsonToken value = parser.nextToken();
      int start = (int) parser.currentTokenLocation().getCharOffset();
      if (field.equals("name") && value == JsonToken.VALUE_STRING) {
        name = parser.getText();
      }
      parser.skipChildren();
      int end = value.isStructStart() ? (int) parser.currentLocation().getCharOffset() : endOfScalar(parser);
      if (field.equals("expect")) {
        expect = new Span(start, end, indent, true);
      }
      lastEnd = end;
      lastIndent = indent;
    }
    names.add(name);
    return expect != null ? expect : new Span(lastEnd, lastEnd, lastIndent, false);
  }

  /** The end of a scalar value in the file: a string is read lazily, so its end is known once its text is read. */
  private static int endOfScalar(JsonParser parser) throws IOException {
    parser.getText(); // finishes reading the token
    return (int) parser.currentLocation().getCharOffset();
  }

  private static String indentOf(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    String before = text.substring(lineStart, offset);
    return before.isBlank() ? before : STEP;
  }

  private static EngagementException invalid(Path file, String message) {
    return new EngagementException(ErrorCode.INVALID_INPUT, null, file + ": " + message);
  }
}
