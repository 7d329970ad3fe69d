package io.github.engagementrules.rules;

import org.immutables.value.Value;

/** A section of the community engagement guide (or of a seed document) that rules cite by {@link #id()}. */
@Value.Immutable
public abstract class GuideSection {
  /** The stable id rules cite in {@code @section("...")}, such as {@code community-meetings}. */
  public abstract String id();

  /** The section's heading. */
  public abstract String title();

  /** The source document the text is taken from. */
  public abstract String source();

  /** The section's own words. */
  public abstract String text();

  /** A new builder. */
  public static ImmutableGuideSection.Builder builder() {
    return ImmutableGuideSection.builder();
  }
}
