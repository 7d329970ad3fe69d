package io.github.engagementrules.rules;

import io.github.engagementrules.rules.internal.Precedence;
import org.immutables.value.Value;

/**
 * One rule file of a rule base, a DRL file or a precedence declaration: the name its problems are reported under (a
 * path for files on disk) and its text. {@link RuleFiles} reads them; {@link CompiledRules#compile(java.util.List)}
 * compiles them.
 */
@Value.Immutable
public abstract class RuleFile {
  /** The name problems are reported under: a path for a file on disk, a classpath name for a built-in file. */
  @Value.Parameter
  public abstract String name();

  /** The file's text. */
  @Value.Parameter
  @Value.Redacted
  public abstract String content();

  /** Whether this file declares the precedence ({@code precedence.json}) rather than holding DRL. */
  public boolean declaresPrecedence() {
    return Precedence.declares(this);
  }

  /**
   * A rule file.
   *
   * @param name the name problems are reported under
   * @param content the file's text
   * @return the rule file
   */
  public static RuleFile of(String name, String content) {
    return ImmutableRuleFile.of(name, content);
  }
}
