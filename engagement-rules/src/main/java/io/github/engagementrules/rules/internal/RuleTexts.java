package io.github.engagementrules.rules.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text of each rule and function of a DRL file, and the content hash an approval signs: a rule from its {@code
 * rule} keyword to its {@code end}, annotations included; a function from its {@code function} keyword to its closing
 * brace. Trailing spaces and line endings do not count, so that re-saving a file in another editor keeps approvals.
 */
final class RuleTexts {
  private static final Pattern FUNCTION_BODY =
      Pattern.compile("(?ms)^\\s*function\\s+[\\w.<>\\[\\], ]+?\\s+(\\w+)\\s*\\(.*?^}");
  private static final Pattern RULE_BODY =
      Pattern.compile("(?ms)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+)).*?^\\s*end\\b");

  private RuleTexts() {}

  /** Each rule's text by name, in file order. */
  static Map<String, String> rules(String drl) {
    return bodies(RULE_BODY, drl);
  }

  /** Each function's text by name, in file order. */
  static Map<String, String> functions(String drl) {
    return bodies(FUNCTION_BODY, drl);
  }

  /** The line (from 1) of {@code text} that the character at {@code offset} is on. */
  static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The line (from 1) on which {@code part} first occurs in {@code text}; 1 when it does not occur. */
  static int lineOf(String text, String part) {
    int at = part.isEmpty() ? -1 : text.indexOf(part);
    return at < 0 ? 1 : lineAt(text, at);
  }

  /** The content hash of a text, ignoring trailing spaces and line endings. */
  static String hash(String... parts) {
    return ContentHash.of(List.of(parts).stream()
        .map(text -> text.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip())
        .toList());
  }

  private static Map<String, String> bodies(Pattern pattern, String drl) {
    Map<String, String> bodies = new LinkedHashMap<>();
    Matcher body = pattern.matcher(drl);
    while (body.find()) {
      String name = body.group(1) != null ? body.group(1)
          : body.groupCount() > 1 && body.group(2) != null ? body.group(2) : body.group(3);
      bodies.putIfAbsent(name, body.group());
    }
    return bodies;
  }
}
