package io.github.engagementrules.authoring.internal;

import io.github.engagementrules.authoring.internal.DomainFactors.Factor;
import io.github.engagementrules.authoring.internal.ModelShape.EnumField;
import io.github.engagementrules.authoring.internal.ModelShape.Post;
import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.ImmutableOpportunity;
import io.github.engagementrules.model.Judgement;
import io.github.engagementrules.model.Officer;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Ward;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Opportunities of a {@link DomainFactors} domain, in a roster that reaches every combination: for each profile of
 * the roster factors (which tested posts are filled, which borough flags hold) that the given roster has no ward
 * for, a synthetic borough and ward are added, copied from the roster's first borough with the posts filled or
 * vacated and the flags set. Immutable and thread-safe.
 */
public final class DerivedInputs {
  /** A ward, named by its borough and its own name. */
  private record Place(String borough, String ward) {}

  private static final String SYNTHETIC = "derived-";
  /** Most posts and borough flags the rules may test: every profile of them gets a place. */
  private static final int MAX_ROSTER_FACTORS = 16;

  private final DomainFactors domain;
  private final List<Factor> factors;
  private final List<Factor> rosterFactors;
  private final Roster roster;
  private final List<String> added;
  private final Map<Integer, Place> byProfile;
  private final List<Place> places;

  private DerivedInputs(DomainFactors domain, Roster roster, List<String> added, Map<Integer, Place> byProfile) {
    this.domain = domain;
    this.factors = domain.factors();
    this.rosterFactors = domain.rosterFactors();
    this.roster = roster;
    this.added = List.copyOf(added);
    this.byProfile = Map.copyOf(byProfile);
    List<Place> all = new ArrayList<>();
    for (Borough borough : roster.boroughs()) {
      for (Ward ward : borough.wards()) {
        all.add(new Place(borough.name(), ward.name()));
      }
    }
    this.places = List.copyOf(all);
  }

  /**
   * The domain's inputs over {@code roster}, widened with a synthetic place for every profile it lacks.
   *
   * @throws IllegalArgumentException when the roster has no borough to copy, or the rules test more than 16 posts
   *     and borough flags
   */
  public static DerivedInputs of(DomainFactors domain, Roster roster) {
    if (roster.boroughs().isEmpty()) {
      throw new IllegalArgumentException("roster: has no boroughs to derive places from");
    }
    List<Factor> rosterFactors = domain.rosterFactors();
    if (rosterFactors.size() > MAX_ROSTER_FACTORS) {
      throw new IllegalArgumentException("rules: test " + rosterFactors.size() + " posts and borough flags, more than "
          + MAX_ROSTER_FACTORS + " (2^" + rosterFactors.size() + " places would be needed to reach every profile)");
    }
    Map<Integer, Place> byProfile = new LinkedHashMap<>();
    for (Borough borough : roster.boroughs()) {
      for (Ward ward : borough.wards()) {
        byProfile.putIfAbsent(profile(rosterFactors, borough, ward), new Place(borough.name(), ward.name()));
      }
    }
    // Missing profiles, grouped by their borough part: one synthetic borough per borough profile.
    Map<Integer, List<Integer>> missingByBorough = new LinkedHashMap<>();
    int boroughMask = 0;
    for (int f = 0; f < rosterFactors.size(); f++) {
      if (!(rosterFactors.get(f).key() instanceof Post post) || post.onBorough()) {
        boroughMask |= 1 << f;
      }
    }
    for (int profile = 0; profile < 1 << rosterFactors.size(); profile++) {
      if (!byProfile.containsKey(profile)) {
        missingByBorough.computeIfAbsent(profile & boroughMask, b -> new ArrayList<>()).add(profile);
      }
    }
    Borough template = roster.boroughs().get(0);
    List<Borough> synthetic = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int number = 0;
    for (Map.Entry<Integer, List<Integer>> entry : missingByBorough.entrySet()) {
      String name;
      do {
        name = SYNTHETIC + (++number);
      } while (roster.borough(name).isPresent());
      Map<String, Object> overrides = new LinkedHashMap<>();
      overrides.put("name", name);
      List<Ward> wards = new ArrayList<>();
      for (int profile : entry.getValue()) {
        Map<String, Object> wardOverrides = new LinkedHashMap<>();
        String wardName = name + "-ward-" + (wards.size() + 1);
        wardOverrides.put("name", wardName);
        for (int f = 0; f < rosterFactors.size(); f++) {
          boolean on = (profile & (1 << f)) != 0;
          Factor factor = rosterFactors.get(f);
          if (factor.key() instanceof Post post) {
            Optional<Officer> officer = on ? Optional.of(officerFor(roster, post)) : Optional.empty();
            (post.onBorough() ? overrides : wardOverrides).put(post.accessor(), officer);
          } else {
            overrides.put((String) factor.key(), on);
          }
        }
        Ward templateWard = template.wards().isEmpty()
            ? Ward.builder().name(wardName).build() : template.wards().get(0);
        wards.add(ModelShape.copy(templateWard, Ward.class, wardOverrides));
        byProfile.put(profile, new Place(name, wardName));
        added.add(name + " / " + wardName + ": " + describe(rosterFactors, profile));
      }
      overrides.put("wards", wards);
      synthetic.add(ModelShape.copy(template, Borough.class, overrides));
    }
    Roster widened = Roster.builder().addAllBoroughs(roster.boroughs()).addAllBoroughs(synthetic).build();
    return new DerivedInputs(domain, widened, added, byProfile);
  }

  /** The factors these inputs are made from. */
  public DomainFactors domain() {
    return domain;
  }

  /** The roster with the synthetic places added. */
  public Roster roster() {
    return roster;
  }

  /** The profiles added, one line each: the synthetic borough and ward and which posts are filled. */
  public List<String> addedProfiles() {
    return added;
  }

  /**
   * The opportunity for one class of every factor.
   *
   * @param id the opportunity's id
   * @param classes the class index of each factor, in {@link DomainFactors} order
   */
  public Opportunity opportunity(String id, int[] classes) {
    ImmutableOpportunity.Builder builder = Opportunity.builder().id(id);
    ModelShape shape = ModelShape.INSTANCE;
    boolean wardGiven = true;
    int profile = 0;
    int rosterFactor = 0;
    Map<EnumField, Set<Object>> sets = new LinkedHashMap<>();
    for (int f = 0; f < factors.size(); f++) {
      Factor factor = factors.get(f);
      Object value = factor.classes().get(classes[f]).value();
      switch (factor.target()) {
        case ENUM -> shape.set(builder, (EnumField) factor.key(), value);
        case SET, SECOND_VALUE ->
            sets.computeIfAbsent((EnumField) factor.key(), k -> new LinkedHashSet<>()).addAll((Set<?>) value);
        case FLAG -> ModelShape.setFlag(builder, (String) factor.key(), (Boolean) value);
        case JUDGEMENT -> {
          if (value != null) {
            builder.addJudgements((Judgement) value);
          }
        }
        case WARD -> wardGiven = (Boolean) value;
        case POST, BOROUGH_FLAG -> {
          if ((Boolean) value) {
            profile |= 1 << rosterFactor;
          }
          rosterFactor++;
        }
        default -> throw new IllegalStateException("unknown factor target " + factor.target());
      }
    }
    sets.forEach((field, values) -> shape.set(builder, field, values));
    return placed(builder, byProfile.get(profile), wardGiven);
  }

  /**
   * The same opportunity moved, in turn, to the place whose profile differs in one roster factor (a post filled or
   * vacant, a borough flag true or false), with what changed.
   *
   * @param opportunity the opportunity, somewhere in {@link #roster()}
   * @param factor the roster factor that differs, such as {@code borough cadetsAvailable}
   * @param from its class where the opportunity is
   * @param to its class in the variant's place
   */
  public record Variant(Opportunity opportunity, String factor, String from, String to) {}

  /** The variants of {@code opportunity}: one per roster factor, in places of {@link #roster()}. */
  public List<Variant> rosterVariants(Opportunity opportunity) {
    Optional<Borough> borough = roster.borough(opportunity.borough());
    if (borough.isEmpty()) {
      return List.of();
    }
    Optional<Ward> ward = opportunity.ward().flatMap(borough.get()::ward)
        .or(() -> borough.get().wards().stream().findFirst());
    if (ward.isEmpty()) {
      return List.of();
    }
    int profile = profile(rosterFactors, borough.get(), ward.get());
    List<Variant> variants = new ArrayList<>();
    for (int f = 0; f < rosterFactors.size(); f++) {
      Factor factor = rosterFactors.get(f);
      boolean wardPost = factor.key() instanceof Post post && !post.onBorough();
      if (wardPost && opportunity.ward().isEmpty()) {
        continue; // a borough-wide opportunity has no ward post to differ in
      }
      Place place = byProfile.get(profile ^ (1 << f));
      int on = (profile >> f) & 1;
      // Through the builder, accessor by accessor, so that every field of the opportunity, present and future, is
      // kept (a JSON round trip did the same at several times the cost, for every input verify decides).
      Map<String, Object> moves = new HashMap<>();
      moves.put("borough", place.borough());
      if (opportunity.ward().isPresent()) {
        moves.put("ward", Optional.of(place.ward()));
      }
      variants.add(new Variant(ModelShape.copy(opportunity, Opportunity.class, moves), factor.name(),
          factor.classes().get(on).label(), factor.classes().get(1 - on).label()));
    }
    return variants;
  }

  /**
   * {@code count} opportunities drawn with a seeded generator from the full, unreduced domain: any subset of every
   * enum, up to four entries of list fields, any flags, any place of the widened roster, with or without a ward
   * where the ward is optional. The same seed gives the same sample.
   */
  public List<Opportunity> randomSample(long seed, int count) {
    Random random = new Random(seed);
    ModelShape shape = ModelShape.INSTANCE;
    List<Opportunity> sample = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ImmutableOpportunity.Builder builder = Opportunity.builder().id("sample-" + seed + "-" + i);
      for (EnumField field : shape.enumFields().values()) {
        Enum<?>[] constants = field.type().getEnumConstants();
        if (!field.many()) {
          shape.set(builder, field, constants[random.nextInt(constants.length)]);
        } else if (field.elementFactory() != null) {
          List<Enum<?>> entries = new ArrayList<>();
          for (int n = random.nextInt(5); n > 0; n--) {
            entries.add(constants[random.nextInt(constants.length)]);
          }
          shape.set(builder, field, entries);
        } else {
          List<Enum<?>> subset = new ArrayList<>();
          for (Enum<?> constant : constants) {
            if (random.nextInt(3) == 0) {
              subset.add(constant);
            }
          }
          shape.set(builder, field, subset);
        }
      }
      for (String flag : shape.opportunityFlags()) {
        ModelShape.setFlag(builder, flag, random.nextBoolean());
      }
      for (Factor factor : factors) {
        if (factor.target() == DomainFactors.Target.JUDGEMENT) {
          Object judgement = factor.classes().get(random.nextInt(factor.size())).value();
          if (judgement != null) {
            builder.addJudgements((Judgement) judgement);
          }
        }
      }
      boolean wardGiven = !shape.wardOptional() || random.nextInt(10) != 0;
      sample.add(placed(builder, places.get(random.nextInt(places.size())), wardGiven));
    }
    return sample;
  }

  private static Opportunity placed(ImmutableOpportunity.Builder builder, Place place, boolean wardGiven) {
    builder.borough(place.borough());
    if (wardGiven) {
      builder.ward(place.ward());
    }
    return builder.build();
  }

  /** The profile of a ward: bit f is set when roster factor f is filled or true there. */
  private static int profile(List<Factor> rosterFactors, Borough borough, Ward ward) {
    int profile = 0;
    for (int f = 0; f < rosterFactors.size(); f++) {
      Factor factor = rosterFactors.get(f);
      boolean on = factor.key() instanceof Post post
          ? ((Optional<?>) ModelShape.get(post.onBorough() ? borough : ward, post.accessor())).isPresent()
          : (Boolean) ModelShape.get(borough, (String) factor.key());
      if (on) {
        profile |= 1 << f;
      }
    }
    return profile;
  }

  private static String describe(List<Factor> rosterFactors, int profile) {
    List<String> parts = new ArrayList<>();
    for (int f = 0; f < rosterFactors.size(); f++) {
      Factor factor = rosterFactors.get(f);
      parts.add(factor.name().replaceFirst("^post ", "").replaceFirst("^borough ", "") + " "
          + factor.classes().get((profile >> f) & 1).label());
    }
    return String.join(", ", parts);
  }

  /** An officer of the roster in that post, or a synthetic one when nobody holds it anywhere. */
  private static Officer officerFor(Roster roster, Post post) {
    for (Borough borough : roster.boroughs()) {
      if (post.onBorough()) {
        Optional<?> officer = (Optional<?>) ModelShape.get(borough, post.accessor());
        if (officer.isPresent()) {
          return (Officer) officer.get();
        }
      } else {
        for (Ward ward : borough.wards()) {
          Optional<?> officer = (Optional<?>) ModelShape.get(ward, post.accessor());
          if (officer.isPresent()) {
            return (Officer) officer.get();
          }
        }
      }
    }
    Role role = post.role();
    return Officer.of(SYNTHETIC + role.name(), "Derived " + role.name().toLowerCase(java.util.Locale.ROOT));
  }
}
