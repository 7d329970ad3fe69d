package io.github.engagementrules.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.internal.RuleSource;
import io.github.engagementrules.rules.internal.RuleSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions do not depend on load order: the built-in rule files loaded in reverse order, each in a sub-folder of its
 * own, with the rules inside each file reversed, decide exactly as the built-in rules (attendance, attendee, contacts,
 * escalations, actions, channels, reasons and overridden findings) over the enumerated domain and seeded random
 * samples of the full domain. Every {@value #STRIDE}th opportunity of the domain by default; all of them with
 * {@code -Dverification.exhaustive=true}.
 */
class OrderIndependenceTest {
  private static final int STRIDE = Boolean.getBoolean("verification.exhaustive") ? 1 : 40;
  private static final Pattern RULE = Pattern.compile("(?ms)^rule \".*?^end[ \\t]*$");

  @TempDir Path temp;

  @Test
  void rulesLoadedInReverse_fileByFileAndWithinEachFile_decideExactlyAsTheBuiltInRules() throws IOException {
    EngagementDecider builtIn = EngagementRules.builder().roster(Rosters.standard()).build();
    EngagementDecider reversed =
        EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(reversedCopy()).build();
    assertEquals(builtIn.ruleBase().rules().size(), reversed.ruleBase().rules().size());

    InputDomain domain = InputDomain.of(Rosters.standard());
    List<Opportunity> inputs = new ArrayList<>();
    for (long i = 0; i < domain.size(); i += STRIDE) {
      inputs.add(domain.opportunity(i));
    }
    inputs.addAll(domain.randomSample(20261202, 20_000));
    int differences = 0;
    StringBuilder first = new StringBuilder();
    for (Opportunity opportunity : inputs) {
      String expected = outcome(builtIn, opportunity);
      String actual = outcome(reversed, opportunity);
      if (!expected.equals(actual) && differences++ == 0) {
        first.append(opportunity).append("\n built-in: ").append(expected).append("\n reversed: ").append(actual);
      }
    }
    int differing = differences;
    assertEquals(0, differing, () -> differing + " of " + inputs.size() + " decisions differ; first:\n" + first);
    assertTrue(inputs.size() > 30_000, "a meaningful slice: " + inputs.size());
  }

  /** The decision without its rule-base version (the reversed files hash differently), or the error's code. */
  private static String outcome(EngagementDecider decider, Opportunity opportunity) {
    try {
      ObjectNode json = EngagementJson.toJson(decider.decide(opportunity));
      json.remove("ruleBaseVersion");
      return EngagementJson.write(json);
    } catch (EngagementException e) {
      return e.code().code();
    }
  }

  /** The built-in files in reverse order, each in its own numbered sub-folder, with their rules reversed. */
  private Path reversedCopy() throws IOException {
    List<RuleSource> sources = new ArrayList<>(RuleSources.builtIn());
    Collections.reverse(sources);
    for (int i = 0; i < sources.size(); i++) {
      RuleSource source = sources.get(i);
      String name = source.name().substring(source.name().lastIndexOf('/') + 1);
      Path folder = Files.createDirectories(temp.resolve(String.format("%02d", i)));
      Files.writeString(folder.resolve(name), reversedRules(source.content()), StandardCharsets.UTF_8);
    }
    return temp;
  }

  static String reversedRules(String drl) {
    Matcher rules = RULE.matcher(drl);
    List<String> blocks = new ArrayList<>();
    int start = -1;
    while (rules.find()) {
      if (start < 0) {
        start = rules.start();
      }
      blocks.add(rules.group());
    }
    if (blocks.isEmpty()) {
      return drl;
    }
    Collections.reverse(blocks);
    return drl.substring(0, start) + String.join("\n\n", blocks) + "\n";
  }
}
