package io.github.engagementrules.examples;

import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample data shipped in this jar under {@code samples/}: a roster and opportunities to decide. */
public final class Samples {
  private Samples() {}

  /** The sample roster, {@code samples/roster.json}. */
  public static Roster roster() {
    return EngagementJson.readRoster(text("roster.json"));
  }

  /**
   * The text of a sample file.
   *
   * @param name the file's name under {@code samples/}, for example {@code opportunities.jsonl}
   * @throws IllegalStateException when there is no such sample
   */
  public static String text(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("sample " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
