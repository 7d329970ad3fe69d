package io.github.engagementrules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public API package never exposes a type of the {@code internal} package. */
class PublicApiTest {
  private static final String INTERNAL = ".rules.internal.";

  @Test
  void publicSignatures_useNoInternalType() throws Exception {
    List<String> leaks = new ArrayList<>();
    List<Class<?>> types = publicTypes();
    assertTrue(types.size() > 20, () -> "found only " + types);
    for (Class<?> type : types) {
      for (Method method : type.getMethods()) {
        check(type, method, method.getGenericReturnType(), leaks);
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        check(type, constructor, null, leaks);
      }
      for (Field field : type.getFields()) {
        if (field.getGenericType().getTypeName().contains(INTERNAL)) {
          leaks.add(type.getSimpleName() + "." + field.getName());
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  private static void check(Class<?> type, Executable member, Type returned, List<String> leaks) {
    List<Type> used = new ArrayList<>(List.of(member.getGenericParameterTypes()));
    if (returned != null) {
      used.add(returned);
    }
    for (Type t : used) {
      if (t.getTypeName().contains(INTERNAL)) {
        leaks.add(type.getSimpleName() + "." + member.getName() + " uses " + t.getTypeName());
      }
    }
  }

  /** Every public type compiled into the API package, nested ones included (by their binary names). */
  private static List<Class<?>> publicTypes() throws Exception {
    Path folder = Path.of(EngagementRules.class.getResource("EngagementRules.class").toURI()).getParent();
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String binaryName = file.getFileName().toString().replace(".class", "");
        Class<?> type = Class.forName(
            EngagementRules.class.getPackageName() + "." + binaryName, false, PublicApiTest.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers())) {
          types.add(type);
        }
      }
    }
    return types;
  }
}
