package io.github.engagementrules.benchmarks;

import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.RuleFiles;
import io.github.engagementrules.rules.internal.CompiledRuleBase;
import io.github.engagementrules.rules.internal.RuleBaseCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** What every benchmark decides with: the built-in rules and the sample roster shipped with the examples. */
final class BuiltInRules {
  private BuiltInRules() {}

  /** Compiles the built-in rule base anew. */
  static CompiledRuleBase compile() {
    return RuleBaseCompiler.compileOrThrow(RuleFiles.builtIn());
  }

  /** The sample roster from the examples jar. */
  static Roster sampleRoster() {
    try (InputStream in = BuiltInRules.class.getResourceAsStream("/samples/roster.json")) {
      if (in == null) {
        throw new IllegalStateException("samples/roster.json is missing from the classpath");
      }
      return EngagementJson.readRoster(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
