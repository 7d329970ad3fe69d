package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Copies of the built-in rule files in a directory, and the edits tests break them with. */
public final class RuleCopies {
  private final Path directory;

  private RuleCopies(Path directory) {
    this.directory = directory;
  }

  /** Writes every built-in rule file into {@code directory}. */
  public static RuleCopies of(Path directory) {
    try {
      Files.createDirectories(directory);
      for (RuleFile source : RuleFiles.builtIn()) {
        String name = source.name().substring(source.name().lastIndexOf('/') + 1);
        Files.writeString(directory.resolve(name), source.content(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RuleCopies(directory);
  }

  public Path directory() {
    return directory;
  }

  /** A decider with these rules and the standard test roster. */
  public EngagementDecider decider() {
    return EngagementRules.builder().roster(Rosters.standard()).ruleDirectory(directory).build();
  }

  public Path file(String name) {
    return directory.resolve(name);
  }

  public String read(String file) {
    try {
      return Files.readString(file(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces a file in one step (as careful editors do), so that a watcher never sees it half written. */
  public RuleCopies write(String file, String content) {
    try {
      Path partial = directory.resolve(file + ".partial");
      Files.writeString(partial, content, StandardCharsets.UTF_8);
      Files.move(partial, file(file), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Replaces the first occurrence of {@code text} in {@code file}; fails when the text is not there. */
  public RuleCopies replace(String file, String text, String replacement) {
    String content = read(file);
    String edited = content.replaceFirst(Pattern.quote(text), Matcher.quoteReplacement(replacement));
    assertNotEquals(content, edited, () -> "'" + text + "' is not in " + file);
    return write(file, edited);
  }

  /** Deletes the rule named {@code rule} from {@code file}. */
  public RuleCopies deleteRule(String file, String rule) {
    Pattern whole = Pattern.compile("(?ms)^rule \"" + Pattern.quote(rule) + "\".*?^end\\s*$\\n?");
    String content = read(file);
    String edited = whole.matcher(content).replaceFirst("");
    assertNotEquals(content, edited, () -> "rule '" + rule + "' is not in " + file);
    return write(file, edited);
  }

  /** Appends DRL to {@code file}. */
  public RuleCopies append(String file, String drl) {
    return write(file, read(file) + "\n" + drl);
  }

  /** The 1-based line of the first occurrence of {@code text} in {@code file}. */
  public int lineOf(String file, String text) {
    String content = read(file);
    int at = content.indexOf(text);
    return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
