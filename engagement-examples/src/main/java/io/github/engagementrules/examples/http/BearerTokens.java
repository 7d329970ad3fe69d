package io.github.engagementrules.examples.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The bearer tokens a server accepts ({@code Authorization: Bearer TOKEN}). Tokens are kept as SHA-256 digests and
 * compared in constant time, each against every one accepted, so neither the time taken nor a heap dump tells a
 * token. Immutable and thread-safe.
 */
public final class BearerTokens {
  private static final String SCHEME = "Bearer ";
  /** Shorter tokens are too easy to guess. */
  static final int MIN_LENGTH = 16;

  private final List<byte[]> digests;

  private BearerTokens(List<byte[]> digests) {
    this.digests = digests;
  }

  /** No tokens: every request is let in. */
  public static BearerTokens none() {
    return new BearerTokens(List.of());
  }

  /**
   * The tokens in a file, one a line; blank lines and lines starting with {@code #} are skipped.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when the file holds no token, or a token is shorter than 16 characters or holds
   *     a space (naming the line, never the token)
   */
  public static BearerTokens fromFile(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<byte[]> digests = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String token = lines.get(i).strip();
      if (token.isEmpty() || token.startsWith("#")) {
        continue;
      }
      if (token.length() < MIN_LENGTH || token.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": a token must be at least " + MIN_LENGTH + " characters long, without spaces");
      }
      digests.add(digest(token));
    }
    if (digests.isEmpty()) {
      throw new IllegalArgumentException(file + ": holds no token (one per line)");
    }
    return new BearerTokens(List.copyOf(digests));
  }

  /** Whether no token is required. */
  public boolean isEmpty() {
    return digests.isEmpty();
  }

  /**
   * Why a request with this {@code Authorization} header is refused, or empty when it may pass.
   *
   * @param authorization the header's value, or {@code null} when there is none
   */
  public Optional<String> refusal(String authorization) {
    if (digests.isEmpty()) {
      return Optional.empty();
    }
    if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.of("this request needs a bearer token: Authorization: Bearer TOKEN");
    }
    byte[] presented = digest(authorization.substring(SCHEME.length()).strip());
    boolean accepted = false;
    for (byte[] digest : digests) {
      accepted |= MessageDigest.isEqual(digest, presented);
    }
    return accepted ? Optional.empty() : Optional.of("the bearer token is not valid");
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
