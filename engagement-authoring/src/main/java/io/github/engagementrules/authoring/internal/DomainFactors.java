package io.github.engagementrules.authoring.internal;

import io.github.engagementrules.authoring.internal.ModelShape.EnumField;
import io.github.engagementrules.authoring.internal.ModelShape.Post;
import io.github.engagementrules.authoring.internal.RuleConditions.Group;
import io.github.engagementrules.authoring.internal.RuleConditions.Origin;
import io.github.engagementrules.authoring.internal.RuleConditions.SizeTest;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.Judgement;
import io.github.engagementrules.rules.RuleFile;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The input domain the rules define: one factor per input dimension they test (the opportunity's kind and sets,
 * its flags, whether it names a ward, each optional post, each borough flag), each partitioned into the classes the
 * rules distinguish, plus an "any other value" representative and the empty set, each class with where it comes
 * from. Immutable.
 */
public final class DomainFactors {
  /**
   * What a factor sets. A {@code SECOND_VALUE} factor adds one more value to the set of the {@code SET} factor with
   * the same key, so that, in a t-way covering array, every two values the rules mention meet with any t-2 other
   * factors: two rules that each test one of them (and may conflict) fire together.
   */
  enum Target { ENUM, SET, SECOND_VALUE, FLAG, JUDGEMENT, WARD, POST, BOROUGH_FLAG }

  /**
   * One class of a factor: its label, the value it stands for (an enum constant, a set of them, or a boolean) and
   * where the rules make the distinction.
   */
  record FactorClass(String label, Object value, List<String> origins) {}

  /** One input dimension and its classes. */
  record Factor(String name, Target target, Object key, List<FactorClass> classes) {
    int size() {
      return classes.size();
    }
  }

  private static final int SHOWN_ORIGINS = 3;

  private final List<Factor> factors;
  private final int files;
  private final int rules;
  private final int functions;

  private DomainFactors(List<Factor> factors, int files, int rules, int functions) {
    this.factors = List.copyOf(factors);
    this.files = files;
    this.rules = rules;
    this.functions = functions;
  }

  /**
   * Derives the factors from the rule files.
   *
   * @throws io.github.engagementrules.model.EngagementException {@code RULE_COMPILATION} when a file does not parse
   */
  public static DomainFactors derive(List<RuleFile> sources) {
    RuleConditions conditions = RuleConditions.read(sources);
    ModelShape shape = ModelShape.INSTANCE;
    List<Factor> factors = new ArrayList<>();
    for (EnumField field : shape.enumFields().values()) {
      if (field.many()) {
        factors.add(setFactor(field, conditions));
        secondValue(field, conditions).ifPresent(factors::add);
      } else {
        factors.add(enumFactor(field, conditions));
      }
    }
    for (String flag : shape.opportunityFlags()) {
      List<Origin> origins = conditions.flags.get(flag);
      if (origins != null) {
        factors.add(booleanFactor(flag, Target.FLAG, flag, "false", "true", origins, origins));
      }
    }
    if (!conditions.judges.isEmpty()) {
      factors.add(judgementFactor(conditions));
    }
    if (shape.wardOptional()) {
      factors.add(booleanFactor("ward", Target.WARD, "ward", "none", "given",
          orElse(conditions.wardAbsent, "an opportunity without a ward: no Ward fact"),
          orElse(conditions.wardPresent, "an opportunity in a ward")));
    }
    for (Post post : shape.posts()) {
      List<Origin> present = conditions.postsPresent.get(post.role());
      List<Origin> absent = conditions.postsAbsent.get(post.role());
      if (present != null || absent != null) {
        factors.add(booleanFactor("post " + post.role(), Target.POST, post, "vacant", "filled",
            orElse(absent, "a vacant post has no RosterPost"), orElse(present, "a filled post has its RosterPost")));
      }
    }
    for (String flag : shape.boroughFlags()) {
      List<Origin> origins = conditions.flags.get(flag);
      if (origins != null) {
        factors.add(booleanFactor("borough " + flag, Target.BOROUGH_FLAG, flag, "false", "true", origins, origins));
      }
    }
    return new DomainFactors(factors, conditions.files, conditions.rules, conditions.functions);
  }

  /** The factors, opportunity's first, then the roster's. */
  List<Factor> factors() {
    return factors;
  }

  /** The factors that describe a place in the roster: posts and borough flags. */
  List<Factor> rosterFactors() {
    return factors.stream().filter(f -> f.target() == Target.POST || f.target() == Target.BOROUGH_FLAG).toList();
  }

  /** Each factor's number of classes. */
  public int[] sizes() {
    return factors.stream().mapToInt(Factor::size).toArray();
  }

  /** The product of the factors' numbers of classes: how many combinations there are. */
  public BigInteger combinations() {
    BigInteger product = BigInteger.ONE;
    for (Factor factor : factors) {
      product = product.multiply(BigInteger.valueOf(factor.size()));
    }
    return product;
  }

  /** How many factors there are. */
  public int count() {
    return factors.size();
  }

  /** The factors, their classes and where each class comes from, as text for {@code verify --explain-domain}. */
  public String explain() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("Input domain derived from %d rule file(s), %d rule(s) and %d function(s): %d factors,"
        + " %,d combinations of their classes%n", files, rules, functions, factors.size(), combinations()));
    for (Factor factor : factors) {
      out.append(String.format("  %s: %d classes%n", factor.name(), factor.size()));
      if (factor.target() == Target.SECOND_VALUE) {
        out.append(String.format("    added to the first, so that every two values meet: %s%n",
            factor.classes().stream().map(FactorClass::label).collect(Collectors.joining(", "))));
        continue;
      }
      int width = factor.classes().stream().mapToInt(c -> c.label().length()).max().orElse(0);
      for (FactorClass c : factor.classes()) {
        List<String> origins = c.origins();
        String shown = String.join("; ", origins.subList(0, Math.min(SHOWN_ORIGINS, origins.size())));
        if (origins.size() > SHOWN_ORIGINS) {
          shown += "; +" + (origins.size() - SHOWN_ORIGINS) + " more";
        }
        out.append(String.format("    %-" + Math.min(width, 60) + "s  %s%n", c.label(), shown));
      }
    }
    return out.toString();
  }

  /**
   * The judgements the rules answer: none, or one judgement by a post some rule answers, to engage or not. A
   * judgement by a post the opportunity is not referred to is rejected by the decider, as a caller's would be.
   */
  private static Factor judgementFactor(RuleConditions conditions) {
    List<FactorClass> classes = new ArrayList<>();
    classes.add(new FactorClass("none", null, List.of("no judgement given: the referral stands")));
    conditions.judges.forEach((role, origins) -> {
      classes.add(new FactorClass(role + " judges: engage", Judgement.of(role, true), texts(origins)));
      classes.add(new FactorClass(role + " judges: do not engage", Judgement.of(role, false), texts(origins)));
    });
    return new Factor("judgements", Target.JUDGEMENT, "judgements", List.copyOf(classes));
  }

  private static Factor enumFactor(EnumField field, RuleConditions conditions) {
    Map<Object, FactorClass> classes = new LinkedHashMap<>();
    Enum<?> other = null;
    for (Enum<?> constant : field.type().getEnumConstants()) {
      List<Origin> origins = conditions.constants.get(constant);
      if (origins != null) {
        classes.put(constant, new FactorClass(constant.name(), constant, texts(origins)));
      } else if (other == null) {
        other = constant;
      }
    }
    if (other != null) {
      classes.put(other, new FactorClass(other.name() + " (any other value)", other,
          List.of("no rule mentions " + other.getDeclaringClass().getSimpleName() + "." + other.name())));
    }
    return new Factor(field.name(), Target.ENUM, field, List.copyOf(classes.values()));
  }

  private static Factor setFactor(EnumField field, RuleConditions conditions) {
    Map<Set<Enum<?>>, FactorClass> classes = new LinkedHashMap<>();
    add(classes, Set.of(), texts(orElse(conditions.emptinessTests.get(field), "the empty set")));
    List<Enum<?>> mentioned = new ArrayList<>();
    Enum<?> other = null;
    for (Enum<?> constant : field.type().getEnumConstants()) {
      List<Origin> origins = conditions.constants.get(constant);
      if (origins != null) {
        mentioned.add(constant);
        add(classes, Set.of(constant), texts(origins));
      } else if (other == null) {
        other = constant;
      }
    }
    if (other != null) {
      add(classes, Set.of(other), List.of("any other value: no rule mentions "
          + other.getDeclaringClass().getSimpleName() + "." + other.name()));
    }
    for (Group group : conditions.groups) {
      if (group.field() == field) {
        List<Enum<?>> together = sorted(group.constants());
        for (int a = 0; a < together.size(); a++) {
          for (int b = a + 1; b < together.size(); b++) {
            add(classes, Set.of(together.get(a), together.get(b)), List.of("tested together at " + group.origin()));
          }
        }
      }
    }
    // Sets around a size test: the mentioned values first, then the others, as many as the size needs.
    List<Enum<?>> pool = new ArrayList<>(mentioned);
    for (Enum<?> constant : field.type().getEnumConstants()) {
      if (!pool.contains(constant)) {
        pool.add(constant);
      }
    }
    for (SizeTest test : conditions.sizeTests) {
      if (test.field() == field) {
        for (int size = Math.max(1, test.bound()); size <= test.bound() + 1 && size <= pool.size(); size++) {
          add(classes, Set.copyOf(pool.subList(0, size)), List.of("size " + size + " against the size test at "
              + test.origin()));
        }
      }
    }
    if (mentioned.size() > 1) {
      Set<Enum<?>> all = Set.copyOf(List.of(field.type().getEnumConstants()));
      if (!classes.containsKey(all)) {
        classes.put(all, new FactorClass("{all " + all.size() + " values}",
            Collections.unmodifiableSet(new TreeSet<>(sorted(all))), List.of("every value together")));
      }
    }
    return new Factor(field.name(), Target.SET, field, List.copyOf(classes.values()));
  }

  /** The second-value factor of a set the rules mention two or more values of: nothing more, or one value. */
  private static Optional<Factor> secondValue(EnumField field, RuleConditions conditions) {
    List<FactorClass> classes = new ArrayList<>();
    classes.add(new FactorClass("nothing more", Set.of(), List.of("the first value alone")));
    Enum<?> other = null;
    for (Enum<?> constant : field.type().getEnumConstants()) {
      List<Origin> origins = conditions.constants.get(constant);
      if (origins != null) {
        classes.add(new FactorClass("+" + constant.name(), Set.of(constant), texts(origins)));
      } else if (other == null) {
        other = constant;
      }
    }
    if (classes.size() < 3) {
      return Optional.empty();
    }
    if (other != null) {
      classes.add(new FactorClass("+" + other.name() + " (any other value)", Set.of(other),
          List.of("no rule mentions it")));
    }
    return Optional.of(new Factor(field.name() + " (second value)", Target.SECOND_VALUE, field, classes));
  }

  private static void add(Map<Set<Enum<?>>, FactorClass> classes, Set<Enum<?>> value, List<String> origins) {
    FactorClass known = classes.get(value);
    if (known != null) {
      Set<String> merged = new LinkedHashSet<>(known.origins());
      merged.addAll(origins);
      classes.put(value, new FactorClass(known.label(), known.value(), List.copyOf(merged)));
    } else {
      String label = "{" + sorted(value).stream().map(Enum::name).collect(Collectors.joining(", ")) + "}";
      classes.put(value, new FactorClass(label, Collections.unmodifiableSet(new TreeSet<>(sorted(value))), origins));
    }
  }

  private static Factor booleanFactor(String name, Target target, Object key, String falseLabel, String trueLabel,
      List<?> falseOrigins, List<?> trueOrigins) {
    return new Factor(name, target, key, List.of(
        new FactorClass(falseLabel, false, texts(falseOrigins)), new FactorClass(trueLabel, true, texts(trueOrigins))));
  }

  private static List<?> orElse(List<Origin> origins, String otherwise) {
    return origins == null || origins.isEmpty() ? List.of(otherwise) : origins;
  }

  private static List<String> texts(List<?> origins) {
    return origins.stream().map(Object::toString).distinct().toList();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Enum<?>> sorted(Set<Enum<?>> values) {
    List<Enum<?>> list = new ArrayList<>(values);
    list.sort((Comparator) Comparator.naturalOrder());
    return list;
  }
}
