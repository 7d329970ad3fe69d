package io.github.engagementrules.rules.internal;

import io.github.engagementrules.rules.RuleFile;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.drools.compiler.kie.builder.impl.ResultsImpl;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles a rule base with one file's text replaced, compiling only that file's rules: the other files, and the
 * replaced file's functions, are compiled once per replaced file and their packages shared by every replacement of it
 * (as a KIE container shares its compiled packages among the knowledge bases it makes). Each replacement gets a
 * knowledge base of its own; the rule base the sources came from is never touched. Every check of the authoring
 * contract still runs on all the files, so a replacement reports exactly the problems a full compile would.
 *
 * <p>Only the rules may differ: when the replacement changes anything else (a function, an import, the package), adds
 * declarations, does not parse, or is not a DRL file (the precedence declaration, the guide's text, the edition or its
 * approvals), it is compiled in full. Thread-safe.
 */
public final class FileReplacement {
  private final List<RuleFile> sources;
  private final RuleFileGuard guard;
  private final Map<String, Optional<Base>> bases = new ConcurrentHashMap<>();
  private final DrlParses parses;
  private final ClassLoader classes = new RememberingMisses(FileReplacement.class.getClassLoader());

  /** The compiled packages of every file but one's rules, and what Drools said compiling them. */
  private record Base(Collection<KiePackage> packages, List<Message> messages) {}

  /**
   * Replacements of the files of a rule base that compiled.
   *
   * @param sources the rule base's files, as compiled
   * @param guard the allow-list they were checked against
   */
  public FileReplacement(List<RuleFile> sources, RuleFileGuard guard) {
    this.sources = List.copyOf(sources);
    this.guard = Objects.requireNonNull(guard, "guard").remembering(this.sources);
    this.parses = DrlParses.keeping(this.sources.stream().map(RuleFile::content).collect(Collectors.toSet()));
  }

  /**
   * The rule base with one file replaced, compiled and validated as {@link RuleBaseValidator#validateSources} would.
   *
   * @param replacement a file named as one of the sources
   * @return the compiled rule base, when it compiles, and every problem
   * @throws IllegalArgumentException when no source has the replacement's name
   */
  public RuleBaseValidator.Checked replace(RuleFile replacement) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<RuleFile> edited = edited(replacement);
    RuleFile original = sources.get(edited.indexOf(replacement));
    DrlParses editedParses = parses.alsoKeeping(replacement.content());
    Optional<Base> base = !isDrl(replacement) || !onlyRulesDiffer(original, replacement, editedParses)
        ? Optional.empty()
        : bases.computeIfAbsent(original.name(), name -> base(original));
    return base.isEmpty()
        ? RuleBaseValidator.validateSources(edited, guard, today, RuleBaseCompiler.wholeBuild(editedParses))
        : RuleBaseValidator.validateSources(
            edited, guard, today, new OneFileBuild(base.get(), replacement.name(), editedParses, classes));
  }

  /**
   * The sources with one replaced.
   *
   * @param replacement a file named as one of the sources
   * @return the sources, in the same order, with the replacement in the place of the file of its name
   * @throws IllegalArgumentException when no source has the replacement's name
   */
  public List<RuleFile> edited(RuleFile replacement) {
    List<RuleFile> edited = new ArrayList<>(sources);
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).name().equals(replacement.name())) {
        edited.set(i, replacement);
        return edited;
      }
    }
    throw new IllegalArgumentException("replacement: no rule file is named '" + replacement.name() + "'");
  }

  /** Whether the file is a DRL file, which the compiler numbers in order (not precedence or the edition's). */
  private static boolean isDrl(RuleFile file) {
    return !file.declaresPrecedence() && !EditionFiles.isEditionFile(file);
  }

  /** Whether the two texts parse, declare nothing but functions and rules, and are the same outside their rules. */
  private static boolean onlyRulesDiffer(RuleFile original, RuleFile replacement, DrlParses parses) {
    Optional<PackageDescr> before = parses.of(original.content());
    Optional<PackageDescr> after = parses.of(replacement.content());
    return before.isPresent() && after.isPresent() && onlyFunctionsAndRules(before.get())
        && onlyFunctionsAndRules(after.get())
        && withoutRules(original.content(), before.get().getRules())
            .equals(withoutRules(replacement.content(), after.get().getRules()));
  }

  private static boolean onlyFunctionsAndRules(PackageDescr drl) {
    return drl.getGlobals().isEmpty() && drl.getClassAndEnumDeclarationDescrs().isEmpty()
        && drl.getEntryPointDeclarations().isEmpty() && drl.getWindowDeclarations().isEmpty()
        && drl.getAttributes().isEmpty() && drl.getFunctionImports().isEmpty()
        && drl.getAccumulateImports().isEmpty();
  }

  /** The text with its rules cut out: what must be the same for only the rules to differ, however long they are. */
  private static String withoutRules(String text, List<? extends BaseDescr> rules) {
    StringBuilder rest = new StringBuilder(text.length());
    int from = 0;
    for (BaseDescr rule : rules) {
      rest.append(text, from, Math.max(from, rule.getStartCharacter()));
      from = Math.max(from, Math.min(text.length(), rule.getEndCharacter() + 1));
    }
    return rest.append(text, from, text.length()).toString();
  }

  /**
   * The text with the parts blanked out: spaces in their place but for line breaks, so that what remains keeps the
   * lines and columns Drools reports.
   */
  private static String blanked(String text, List<? extends BaseDescr> parts) {
    char[] chars = text.toCharArray();
    for (BaseDescr part : parts) {
      for (int i = part.getStartCharacter(); i <= part.getEndCharacter() && i < chars.length; i++) {
        if (chars[i] != '\n' && chars[i] != '\r') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }

  /** Every DRL file but {@code replaced}'s rules compiled together, or empty when they do not compile alone. */
  private Optional<Base> base(RuleFile replaced) {
    List<RuleFile> drl = sources.stream().filter(FileReplacement::isDrl).toList();
    KnowledgeBuilder builder =
        KnowledgeBuilderFactory.newKnowledgeBuilder(KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(classes));
    CompositeKnowledgeBuilder batch = builder.batch();
    for (int i = 0; i < drl.size(); i++) {
      RuleFile source = drl.get(i);
      String content = source == replaced
          ? blanked(source.content(), parses.of(source.content()).orElseThrow().getRules())
          : source.content();
      batch.add(resource(RuleBaseCompiler.path(i, source), content), ResourceType.DRL);
    }
    batch.build();
    if (builder.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new Base(builder.getKnowledgePackages(), messages(builder)));
  }

  private static org.kie.api.io.Resource resource(String path, String content) {
    return ResourceFactory.newByteArrayResource(content.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .setSourcePath(path);
  }

  /** Drools' results as the messages of a KIE build, which is what the compiler reads. */
  private static List<Message> messages(KnowledgeBuilder builder) {
    ResultsImpl results = new ResultsImpl();
    builder.getResults(ResultSeverity.values()).forEach(results::addMessage);
    return results.getMessages();
  }

  /**
   * The replaced file's rules compiled into a new knowledge base made of the shared packages; its functions are
   * blanked out, as the shared packages hold them already.
   */
  private static final class OneFileBuild extends RuleBaseCompiler.DroolsBuild {
    private final Base base;
    private final String replaced;
    private final ClassLoader classes;
    private InternalKnowledgeBase kieBase;

    OneFileBuild(Base base, String replaced, DrlParses parses, ClassLoader classes) {
      super(parses);
      this.base = base;
      this.replaced = replaced;
      this.classes = classes;
    }

    @Override
    List<Message> compile(List<RuleFile> sources, List<String> paths, String version) {
      int index = sources.stream().map(RuleFile::name).toList().indexOf(replaced);
      RuleFile source = sources.get(index);
      PackageDescr parsed = parses().of(source.content()).orElseThrow();
      kieBase = KnowledgeBaseFactory.newKnowledgeBase(RuleBaseCompiler.kieBaseConfiguration(classes));
      kieBase.addPackages(base.packages());
      KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(kieBase);
      builder.add(
          resource(paths.get(index), blanked(source.content(), parsed.getFunctions())), ResourceType.DRL);
      List<Message> messages = new ArrayList<>(base.messages());
      messages.addAll(messages(builder));
      return messages;
    }

    @Override
    KieBase kieBase(KieBaseConfiguration configuration) {
      return kieBase; // made with the same configuration before its rules were added
    }
  }

  /**
   * The application's class loader, remembering the names it has not found. Compiling rules asks for many names that
   * are no class (each identifier, with every imported package), and each such question searches every jar of the
   * class path; Drools remembers the answers only for one compilation, and every replacement is another. Misses are
   * remembered up to {@value #REMEMBERED_MISSES} names, so the memory stays bounded however many replacements are
   * compiled (Drools' generated classes, new for each, are names the application's loader never has).
   */
  private static final class RememberingMisses extends ClassLoader {
    static final int REMEMBERED_MISSES = 50_000;

    static {
      registerAsParallelCapable();
    }

    private final Set<String> missingClasses = ConcurrentHashMap.newKeySet();
    private final Set<String> missingResources = ConcurrentHashMap.newKeySet();

    RememberingMisses(ClassLoader parent) {
      super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (missingClasses.contains(name)) {
        throw new ClassNotFoundException(name);
      }
      try {
        return super.loadClass(name, resolve);
      } catch (ClassNotFoundException e) {
        remember(missingClasses, name);
        throw e;
      }
    }

    @Override
    public URL getResource(String name) {
      if (missingResources.contains(name)) {
        return null;
      }
      URL resource = super.getResource(name);
      if (resource == null) {
        remember(missingResources, name);
      }
      return resource;
    }

    private static void remember(Set<String> misses, String name) {
      if (misses.size() < REMEMBERED_MISSES) {
        misses.add(name);
      }
    }
  }
}
