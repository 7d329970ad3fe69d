package io.github.engagementrules.rules.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * DRL texts parsed by Drools' parser, the texts it keeps parsed once: the checks of a compilation read every file's
 * parse, and a mutation analysis compiles the same unchanged files again for every mutant, where parsing them was
 * most of the checks' time. What is kept is only read. Thread-safe.
 */
final class DrlParses {
  private final Set<String> kept;
  private final Optional<DrlParses> others;
  private final Map<String, Optional<PackageDescr>> parses = new ConcurrentHashMap<>();

  private DrlParses(Set<String> kept, Optional<DrlParses> others) {
    this.kept = kept;
    this.others = others;
  }

  /** Parses that keep nothing: each text is parsed when asked for. */
  static DrlParses none() {
    return new DrlParses(Set.of(), Optional.empty());
  }

  /** Parses that keep those of {@code texts}, and parse any other text when asked for. */
  static DrlParses keeping(Set<String> texts) {
    return new DrlParses(Set.copyOf(texts), Optional.empty());
  }

  /** These parses and, kept apart from them, that of {@code drl}: one compilation's edited file. */
  DrlParses alsoKeeping(String drl) {
    return new DrlParses(Set.of(drl), Optional.of(this));
  }

  /**
   * The text's parse.
   *
   * @param drl a DRL file's text
   * @return its package, or empty when it does not parse (Drools reports why when it compiles it)
   */
  Optional<PackageDescr> of(String drl) {
    if (kept.contains(drl)) {
      return parses.computeIfAbsent(drl, DrlParses::parse);
    }
    return others.isPresent() ? others.get().of(drl) : parse(drl);
  }

  private static Optional<PackageDescr> parse(String drl) {
    DrlParser parser = new DrlParser();
    try {
      PackageDescr parsed = parser.parse(false, drl);
      return parsed == null || parser.hasErrors() ? Optional.empty() : Optional.of(parsed);
    } catch (DroolsParserException e) {
      return Optional.empty();
    }
  }
}
