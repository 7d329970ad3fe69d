package io.github.engagementrules.authoring.internal;

import io.github.engagementrules.model.Borough;
import io.github.engagementrules.model.Officer;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.model.Ward;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The input side of the model, read by reflection so that a field added to {@link Opportunity} or {@link Borough}
 * (a flag, a post) is picked up without a list to keep in step: the opportunity's enum-valued and set-valued fields,
 * its boolean flags, whether its ward is optional, the borough's flags and the optional posts of boroughs and wards.
 * Values are set through the Immutables builders by the accessors' names.
 */
final class ModelShape {
  /** A field of the opportunity that holds one enum value ({@code kind}) or a set of them ({@code purposes}). */
  record EnumField(String name, Class<? extends Enum<?>> type, boolean many, Method adder, Method elementFactory) {}

  /** An optional post: {@code onBorough} for a borough's, otherwise a ward's. */
  record Post(Role role, String accessor, boolean onBorough) {}

  static final ModelShape INSTANCE = new ModelShape();

  private final Map<String, EnumField> enumFields = new LinkedHashMap<>();
  private final Map<String, EnumField> aliases = new LinkedHashMap<>();
  private final List<String> opportunityFlags = new ArrayList<>();
  private final List<String> boroughFlags = new ArrayList<>();
  private final List<Post> posts = new ArrayList<>();
  private final boolean wardOptional;
  private final Class<?> opportunityBuilder;

  private ModelShape() {
    opportunityBuilder = Opportunity.builder().getClass();
    for (Method accessor : accessors(Opportunity.class)) {
      Class<?> raw = accessor.getReturnType();
      Type generic = accessor.getGenericReturnType();
      if (raw.isEnum() && Modifier.isAbstract(accessor.getModifiers())) {
        enumFields.put(accessor.getName(),
            new EnumField(accessor.getName(), enumType(raw), false, builderMethod(accessor.getName(), raw), null));
      } else if (Collection.class.isAssignableFrom(raw) && generic instanceof ParameterizedType p
          && p.getActualTypeArguments()[0] instanceof Class<?> element) {
        EnumField field = collectionField(accessor, element);
        if (field != null) {
          if (Modifier.isAbstract(accessor.getModifiers())) {
            enumFields.put(field.name(), field);
          }
          aliases.put(accessor.getName(), field);
        }
      } else if (raw == boolean.class && builderMethod(accessor.getName(), boolean.class) != null) {
        opportunityFlags.add(accessor.getName());
      }
    }
    // Derived views (stakeholderTypes) name the input field they are derived from, by element type.
    aliases.replaceAll((name, field) -> enumFields.values().stream()
        .filter(f -> f.type() == field.type()).findFirst().orElse(field));
    wardOptional = accessor(Opportunity.class, "ward").getReturnType() == Optional.class;
    Class<?> boroughBuilder = Borough.builder().getClass();
    for (Method accessor : accessors(Borough.class)) {
      if (accessor.getReturnType() == boolean.class && method(boroughBuilder, accessor.getName(), boolean.class) != null) {
        boroughFlags.add(accessor.getName());
      }
    }
    addPosts(Borough.class, true);
    addPosts(Ward.class, false);
  }

  /** The opportunity's enum-valued fields by name (kind, purposes, requests, ..., stakeholders). */
  Map<String, EnumField> enumFields() {
    return enumFields;
  }

  /** The enum field a property name in a rule refers to ({@code stakeholderTypes} is {@code stakeholders}). */
  Optional<EnumField> fieldNamed(String property) {
    return Optional.ofNullable(aliases.containsKey(property) ? aliases.get(property) : enumFields.get(property));
  }

  List<String> opportunityFlags() {
    return opportunityFlags;
  }

  List<String> boroughFlags() {
    return boroughFlags;
  }

  /** The optional posts, borough's first, each with the role its roster post has. */
  List<Post> posts() {
    return posts;
  }

  boolean wardOptional() {
    return wardOptional;
  }

  /** Sets {@code field} on an opportunity builder to {@code value} (an enum, or a collection of enums). */
  void set(Object builder, EnumField field, Object value) {
    if (!field.many()) {
      invoke(field.adder(), builder, value);
      return;
    }
    List<Object> elements = new ArrayList<>();
    for (Object constant : (Collection<?>) value) {
      elements.add(field.elementFactory() == null ? constant : invoke(field.elementFactory(), null, constant));
    }
    invoke(field.adder(), builder, elements);
  }

  /** Sets the flag {@code name} on an opportunity or borough builder. */
  static void setFlag(Object builder, String name, boolean value) {
    invoke(method(builder.getClass(), name, boolean.class), builder, value);
  }

  /** The value of the accessor {@code name} of {@code target}. */
  static Object get(Object target, String name) {
    return invoke(accessor(target.getClass(), name), target);
  }

  /**
   * A copy of {@code original} (a borough, ward or opportunity) through its builder, with the accessors named in
   * {@code overrides} given new values (an {@code Optional} for a post or the ward, a list for the wards, a boolean
   * for a flag). Accessors the builder has no setter for (values derived from the others) are left to it.
   */
  @SuppressWarnings("unchecked")
  static <T> T copy(T original, Class<T> type, Map<String, Object> overrides) {
    Object builder = invoke(accessor(type, "builder"), null);
    for (Copied field : COPIED.get(type)) {
      Object value = overrides.containsKey(field.accessor().getName())
          ? overrides.get(field.accessor().getName()) : invoke(field.accessor(), original);
      if (!field.optional() || ((Optional<?>) value).isPresent()) {
        invoke(field.setter(), builder, value);
      }
    }
    return (T) invoke(method(builder.getClass(), "build"), builder);
  }

  /** An accessor {@link #copy} carries over, and the builder method that takes its value. */
  private record Copied(Method accessor, Method setter, boolean optional) {}

  /** The fields each type's copies carry over, found once per type (verify copies every input it checks). */
  private static final ClassValue<List<Copied>> COPIED = new ClassValue<>() {
    @Override
    protected List<Copied> computeValue(Class<?> type) {
      Class<?> builder = accessor(type, "builder").getReturnType();
      List<Copied> fields = new ArrayList<>();
      for (Method accessor : accessors(type)) {
        Class<?> raw = accessor.getReturnType();
        Method setter = Collection.class.isAssignableFrom(raw)
            ? method(builder, "addAll" + capitalised(accessor.getName()), Iterable.class)
            : method(builder, accessor.getName(), raw);
        if (setter != null) {
          fields.add(new Copied(accessor, setter, raw == Optional.class));
        }
      }
      return List.copyOf(fields);
    }
  };

  private void addPosts(Class<?> type, boolean onBorough) {
    for (Method accessor : accessors(type)) {
      if (accessor.getReturnType() == Optional.class
          && accessor.getGenericReturnType() instanceof ParameterizedType p
          && p.getActualTypeArguments()[0] == Officer.class) {
        String role = accessor.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        for (Role r : Role.values()) {
          if (r.name().equals(role)) {
            posts.add(new Post(r, accessor.getName(), onBorough));
          }
        }
      }
    }
  }

  private EnumField collectionField(Method accessor, Class<?> element) {
    Method adder = builderMethod("addAll" + capitalised(accessor.getName()), Iterable.class);
    if (element.isEnum()) {
      return new EnumField(accessor.getName(), enumType(element), true, adder, null);
    }
    // A list of values made from an enum, such as Stakeholder.of(StakeholderType).
    for (Method factory : element.getMethods()) {
      if (Modifier.isStatic(factory.getModifiers()) && factory.getName().equals("of")
          && factory.getParameterCount() == 1 && factory.getParameterTypes()[0].isEnum()
          && element.isAssignableFrom(factory.getReturnType())) {
        return new EnumField(accessor.getName(), enumType(factory.getParameterTypes()[0]), true, adder, factory);
      }
    }
    return null;
  }

  private Method builderMethod(String name, Class<?> parameter) {
    return method(opportunityBuilder, name, parameter);
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends Enum<?>> enumType(Class<?> type) {
    return (Class<? extends Enum<?>>) type;
  }

  /** The names of the public accessors {@code type} declares, sorted. */
  static List<String> accessorNames(Class<?> type) {
    return accessors(type).stream().map(Method::getName).toList();
  }

  /** The public, instance, no-argument accessors a type declares, in a stable order. */
  private static List<Method> accessors(Class<?> type) {
    List<Method> accessors = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
          && m.getReturnType() != void.class && !m.isSynthetic()) {
        accessors.add(m);
      }
    }
    accessors.sort((a, b) -> a.getName().compareTo(b.getName()));
    return accessors;
  }

  private static Method accessor(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getSimpleName() + " has no accessor " + name + "()", e);
    }
  }

  private static Method method(Class<?> type, String name, Class<?>... parameters) {
    try {
      return type.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
