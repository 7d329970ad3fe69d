package io.github.engagementrules.rules;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads a package's public signatures by reflection, for the tests that keep each module's public API free of
 * another package's types (an {@code internal} one, above all).
 */
public final class ApiSignatures {
  private ApiSignatures() {}

  /** Every public or protected signature of {@code type} that names an internal type. */
  public static List<String> exposures(Class<?> type) {
    return exposures(type, p -> p.contains(".internal"));
  }

  /** Every public or protected signature of {@code type} that names a type of a package {@code hidden} accepts. */
  public static List<String> exposures(Class<?> type, Predicate<String> hidden) {
    List<String> found = new ArrayList<>();
    if (!isVisible(type.getModifiers()) || type.isSynthetic()) {
      return found;
    }
    String name = type.getName();
    List<Type> supertypes = new ArrayList<>(List.of(type.getGenericInterfaces()));
    if (type.getGenericSuperclass() != null) {
      supertypes.add(type.getGenericSuperclass());
    }
    for (Type supertype : supertypes) {
      internalIn(supertype, hidden, new TreeSet<>()).forEach(t -> found.add(name + " extends or implements " + t));
    }
    for (Field field : type.getDeclaredFields()) {
      if (isVisible(field.getModifiers()) && !field.isSynthetic()) {
        internalIn(field.getGenericType(), hidden, new TreeSet<>())
            .forEach(t -> found.add(name + "." + field.getName() + " has type " + t));
      }
    }
    List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
    executables.addAll(List.<Constructor<?>>of(type.getDeclaredConstructors()));
    for (Executable executable : executables) {
      if (!isVisible(executable.getModifiers()) || executable.isSynthetic()) {
        continue;
      }
      String signature = name + "." + (executable instanceof Method ? executable.getName() : "<init>") + "("
          + String.join(",", Stream.of(executable.getParameterTypes()).map(Class::getName).toList()) + ")";
      if (executable instanceof Method method) {
        internalIn(method.getGenericReturnType(), hidden, new TreeSet<>())
            .forEach(t -> found.add(signature + " returns " + t));
      }
      for (Type parameter : executable.getGenericParameterTypes()) {
        internalIn(parameter, hidden, new TreeSet<>()).forEach(t -> found.add(signature + " takes " + t));
      }
      for (Type thrown : executable.getGenericExceptionTypes()) {
        internalIn(thrown, hidden, new TreeSet<>()).forEach(t -> found.add(signature + " throws " + t));
      }
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      found.addAll(exposures(nested, hidden));
    }
    return found;
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** The internal types {@code type} mentions, looking inside type arguments, bounds and array components. */
  private static Set<String> internalIn(Type type, Predicate<String> hidden, Set<String> seenVariables) {
    Set<String> internal = new TreeSet<>();
    if (type instanceof Class<?> c) {
      Class<?> component = c;
      while (component.isArray()) {
        component = component.getComponentType();
      }
      if (hidden.test(component.getPackageName())) {
        internal.add(component.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      internal.addAll(internalIn(p.getRawType(), hidden, seenVariables));
      for (Type argument : p.getActualTypeArguments()) {
        internal.addAll(internalIn(argument, hidden, seenVariables));
      }
    } else if (type instanceof WildcardType w) {
      Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
          .forEach(b -> internal.addAll(internalIn(b, hidden, seenVariables)));
    } else if (type instanceof GenericArrayType a) {
      internal.addAll(internalIn(a.getGenericComponentType(), hidden, seenVariables));
    } else if (type instanceof TypeVariable<?> v && seenVariables.add(v.getName())) {
      for (Type bound : v.getBounds()) {
        internal.addAll(internalIn(bound, hidden, seenVariables));
      }
    }
    return internal;
  }

  /** Every class (nested ones included) compiled into the package of {@code anchor}, from its directory or jar. */
  public static List<Class<?>> classesOf(Class<?> anchor) throws IOException, URISyntaxException {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    String packagePath = anchor.getPackageName().replace('.', '/');
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.list(root.resolve(packagePath))) {
        files.map(f -> f.getFileName().toString()).forEach(names::add);
      }
    } else {
      try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
        jar.stream()
            .map(java.util.jar.JarEntry::getName)
            .filter(n -> n.startsWith(packagePath + "/") && n.indexOf('/', packagePath.length() + 1) < 0)
            .map(n -> n.substring(packagePath.length() + 1))
            .forEach(names::add);
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String file : names) {
      if (file.endsWith(".class") && !file.equals("package-info.class")) {
        try {
          // Not initialised: loading EngagementRules$BuiltIn must not compile the rule base.
          String name = anchor.getPackageName() + "." + file.substring(0, file.length() - 6);
          classes.add(Class.forName(name, false, anchor.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return classes;
  }
}
