package io.github.engagementrules.authoring.internal;

import io.github.engagementrules.rules.RuleFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same rule files in the opposite order, each under a folder of its own, with the rules inside each file in the
 * opposite order too: a rule base that decides exactly as the original one if, and only if, no decision depends on
 * the order Drools loads files and rules in.
 */
public final class ReversedRules {
  private static final Pattern RULE = Pattern.compile("(?ms)^rule \".*?^end[ \\t]*$");

  private ReversedRules() {}

  /** The sources reversed, named {@code reversed/NN/<file>} so that each sits in a folder of its own. */
  public static List<RuleFile> of(List<RuleFile> sources) {
    List<RuleFile> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);
    List<RuleFile> out = new ArrayList<>();
    for (int i = 0; i < reversed.size(); i++) {
      RuleFile source = reversed.get(i);
      String name = source.name().substring(Math.max(source.name().lastIndexOf('/'), source.name().lastIndexOf('\\')) + 1);
      String folder = String.format("reversed/%02d/", i);
      out.add(RuleFile.of(folder + name, source.declaresPrecedence() ? source.content() : rulesReversed(source.content())));
    }
    return out;
  }

  /** The DRL text with its rules in the opposite order; what precedes the first rule (package, functions) stays. */
  static String rulesReversed(String drl) {
    Matcher rules = RULE.matcher(drl);
    List<String> blocks = new ArrayList<>();
    int start = -1;
    while (rules.find()) {
      start = start < 0 ? rules.start() : start;
      blocks.add(rules.group());
    }
    if (blocks.isEmpty()) {
      return drl;
    }
    Collections.reverse(blocks);
    return drl.substring(0, start) + String.join("\n\n", blocks) + "\n";
  }
}
