package io.github.engagementrules.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test editions besides the built-in one: Northmoor Constabulary's Neighbourhood Engagement Standard, a fictional
 * force with a short guide of its own wording, its own precedence and its own approvals.
 */
public final class Editions {
  /** The files of the Northmoor edition, as they lie in its folder. */
  public static final List<String> NORTHMOOR_FILES =
      List.of("guide-sections.txt", "precedence.json", "edition.json", "approvals.json", "northmoor.drl");

  /** How the Northmoor edition is named in decisions. */
  public static final String NORTHMOOR_LABEL = "Northmoor Constabulary, Neighbourhood Engagement Standard, 2026";

  private Editions() {}

  /** The Northmoor edition's files, read from the test classpath (a folder or this test jar). */
  public static List<RuleFile> northmoor() {
    List<RuleFile> files = new ArrayList<>();
    for (String name : NORTHMOOR_FILES) {
      String resource = "editions/northmoor/" + name;
      try (InputStream in = Editions.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the test classpath");
        }
        files.add(RuleFile.of("northmoor/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** Writes the Northmoor edition into {@code folder}, as a force keeps it, and returns the folder. */
  public static Path copyNorthmoor(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (RuleFile file : northmoor()) {
      Files.writeString(folder.resolve(file.name().substring("northmoor/".length())), file.content(),
          StandardCharsets.UTF_8);
    }
    return folder;
  }
}
