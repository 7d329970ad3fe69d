package io.github.engagementrules.rules;

import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.rules.internal.Precedence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads rule files: the built-in edition from this jar, or an edition's folder: every {@code .drl} file under given
 * directories, with the folder's {@value Precedence#FILE_NAME} when it declares its own precedence, its guide's text
 * ({@value #GUIDE_FILE}), what edition it is ({@value #EDITION_FILE}) and its approvals ({@value #APPROVALS_FILE}).
 */
public final class RuleFiles {
  /** Where the built-in rule files live, on the classpath. */
  public static final String BUILT_IN_FOLDER = "io/github/engagementrules/rules/guide/";

  /** The guide's text, section by section, that the rules' {@code @section} and {@code @quote} are checked against. */
  public static final String GUIDE_FILE = "guide-sections.txt";

  /** What the edition is: force, guide, edition, in force from, review due, policy owner. */
  public static final String EDITION_FILE = "edition.json";

  /** The policy owner's approvals of the edition's rules. */
  public static final String APPROVALS_FILE = "approvals.json";

  private RuleFiles() {}

  /** The built-in rule files, sorted by name. */
  public static List<RuleFile> builtIn() {
    URL folder = RuleFiles.class.getClassLoader().getResource(BUILT_IN_FOLDER);
    if (folder == null) {
      throw new IllegalStateException("the built-in rules " + BUILT_IN_FOLDER + " are missing from the classpath");
    }
    try {
      List<String> names = new ArrayList<>();
      if ("jar".equals(folder.getProtocol())) {
        JarURLConnection connection = (JarURLConnection) folder.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          jar.stream()
              .map(JarEntry::getName)
              .filter(n -> n.startsWith(BUILT_IN_FOLDER) && isRuleFile(n))
              .forEach(names::add);
        }
      } else {
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
          files
              .map(p -> BUILT_IN_FOLDER + p.getFileName())
              .filter(RuleFiles::isRuleFile)
              .forEach(names::add);
        }
      }
      names.sort(Comparator.naturalOrder());
      List<RuleFile> sources = new ArrayList<>();
      for (String name : names) {
        try (InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(name)) {
          sources.add(RuleFile.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every file of an edition ({@link #isRuleFile(String)}) under the directories (recursively), sorted by path.
   *
   * @throws EngagementException {@link ErrorCode#RULE_COMPILATION} when a directory cannot be read or holds no rules
   */
  public static List<RuleFile> fromDirectories(List<Path> directories) {
    List<RuleFile> sources = new ArrayList<>();
    for (Path directory : directories) {
      if (!Files.isDirectory(directory)) {
        throw new EngagementException(
            ErrorCode.RULE_COMPILATION, "rules", "'" + directory + "' is not a directory");
      }
      try (Stream<Path> files = Files.walk(directory)) {
        List<Path> drl = files.filter(p -> isRuleFile(p.toString()) && Files.isRegularFile(p)).sorted().toList();
        if (drl.stream().noneMatch(p -> p.toString().endsWith(".drl"))) {
          throw new EngagementException(
              ErrorCode.RULE_COMPILATION, "rules", "'" + directory + "' holds no .drl files");
        }
        for (Path file : drl) {
          sources.add(RuleFile.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new EngagementException(
            ErrorCode.RULE_COMPILATION, "rules", "cannot read '" + directory + "': " + e.getMessage(), e);
      }
    }
    return sources;
  }

  /**
   * Whether a file is part of a rule base: a DRL file, a precedence declaration, the guide's text, the edition's
   * description or its approvals.
   */
  public static boolean isRuleFile(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    String base = name.substring(slash + 1);
    return base.endsWith(".drl") || base.equals(Precedence.FILE_NAME) || base.equals(GUIDE_FILE)
        || base.equals(EDITION_FILE) || base.equals(APPROVALS_FILE);
  }
}
