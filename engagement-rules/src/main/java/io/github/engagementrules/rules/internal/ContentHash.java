package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The versions decisions carry: {@code sha256:} and the first 16 hex digits of the SHA-256 of some text, for the rule
 * base (its files) and the roster (its JSON contract form).
 */
public final class ContentHash {
  private ContentHash() {}

  /**
   * The hash of the texts, each followed by a zero byte so that {@code ["ab", "c"]} and {@code ["a", "bc"]} differ.
   *
   * @param texts the texts, in the order that counts
   * @return {@code sha256:} and 16 lower-case hex digits
   */
  public static String of(List<String> texts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String text : texts) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /**
   * A roster's version: the hash of its JSON contract form, so the same roster has the same version however its file
   * is laid out, and any change to a post, an officer or a ward gives another.
   *
   * @param roster the roster
   * @return {@code sha256:} and 16 lower-case hex digits
   */
  public static String of(Roster roster) {
    return of(List.of(EngagementJson.write(EngagementJson.toJson(roster))));
  }
}
