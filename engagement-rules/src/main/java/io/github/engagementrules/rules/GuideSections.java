package io.github.engagementrules.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guide's sections as data, taken from the source documents ({@code guide-sections.txt} in this jar). Every rule's
 * {@code @section} must name one of them.
 */
public final class GuideSections {
  private static final String RESOURCE = "guide-sections.txt";
  private static final Map<String, GuideSection> SECTIONS = load();

  private GuideSections() {}

  /** Every section, in the order of the guide. */
  public static List<GuideSection> all() {
    return List.copyOf(SECTIONS.values());
  }

  /** The section with this id, if there is one. */
  public static Optional<GuideSection> byId(String id) {
    return Optional.ofNullable(SECTIONS.get(id));
  }

  private static Map<String, GuideSection> load() {
    try (InputStream in = GuideSections.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the engagement-rules jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, GuideSection> parse(List<String> lines) {
    Map<String, GuideSection> sections = new LinkedHashMap<>();
    String[] header = null;
    List<String> body = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("=== ")) {
        add(sections, header, body);
        header = line.substring(4).split(" \\| ");
        body.clear();
      } else if (header != null) {
        body.add(line);
      }
    }
    add(sections, header, body);
    return sections;
  }

  private static void add(Map<String, GuideSection> sections, String[] header, List<String> body) {
    if (header == null) {
      return;
    }
    // === id | title | source file | document title [| informational]
    GuideSection section =
        GuideSection.builder()
            .id(header[0].trim())
            .title(header[1].trim())
            .source(header[2].trim())
            .document(header.length > 3 ? header[3].trim() : header[2].trim())
            .informational(header.length > 4 && header[4].trim().equals("informational"))
            .text(String.join("\n", body).strip())
            .build();
    sections.put(section.id(), section);
  }
}
