package io.github.engagementrules.rules;

import org.immutables.value.Value;

/** A section of the community engagement guide (or of a seed document) that rules cite by {@link #id()}. */
@Value.Immutable
public abstract class GuideSection {
  /** The stable id rules cite in {@code @section("...")}, such as {@code community-meetings}. */
  public abstract String id();

  /** The section's heading. */
  public abstract String title();

  /** The source document's file name, under {@code shared/seeds/}. */
  public abstract String source();

  /** The source document's title, as a reader knows it (such as "Community Engagement Guide"). */
  @Value.Default
  public String document() {
    return source();
  }

  /**
   * Whether the section is informational: guidance that implies no decision (background, research findings), so no
   * rule is expected to implement it.
   */
  @Value.Default
  public boolean informational() {
    return false;
  }

  /** The section's own words. */
  public abstract String text();

  /** A new builder. */
  public static ImmutableGuideSection.Builder builder() {
    return ImmutableGuideSection.builder();
  }
}
