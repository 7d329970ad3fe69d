package io.github.engagementrules.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The artifacts' boundaries, enforced on the compiled classes of every shipped module (the model, the runtime
 * {@code engagement-rules}, {@code engagement-authoring} and this one; the benchmarks, which measure the runtime's
 * internals and are never published, are not among them). A package belongs to exactly one module, so a rule about
 * packages is a rule about modules.
 */
class ModuleBoundaryTest {
  private static final String ROOT = "io.github.engagementrules";
  private static final String MODEL = ROOT + ".model..";
  private static final String RUNTIME = ROOT + ".rules..";
  private static final String AUTHORING = ROOT + ".authoring..";
  private static final String EXAMPLES = ROOT + ".examples..";

  private static final JavaClasses SHIPPED =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

  @Test
  void runtime_usesNoAuthoringToolNorAnythingAboveIt() {
    noClasses().that().resideInAnyPackage(RUNTIME, MODEL)
        .should().dependOnClassesThat().resideInAnyPackage(AUTHORING, EXAMPLES)
        .because("a force system embeds engagement-rules without the policy author's tools")
        .check(SHIPPED);
    noClasses().that().resideInAPackage(MODEL)
        .should().dependOnClassesThat().resideInAPackage(RUNTIME)
        .check(SHIPPED);
    noClasses().that().resideInAPackage(AUTHORING)
        .should().dependOnClassesThat().resideInAPackage(EXAMPLES)
        .check(SHIPPED);
  }

  @Test
  void internalPackages_areUsedOnlyInsideTheirModule() {
    internalOnlyTo(ROOT + ".rules", RUNTIME).check(SHIPPED);
    internalOnlyTo(ROOT + ".authoring", AUTHORING).check(SHIPPED);
  }

  @Test
  void runtimeHoldsNoClassNamedAsAnAuthoringOne() {
    // A tool class copied back into the runtime would compile without depending on the authoring module.
    Set<String> authoring = SHIPPED.stream()
        .filter(c -> c.isTopLevelClass() && c.getPackageName().startsWith(ROOT + ".authoring"))
        .map(JavaClass::getSimpleName)
        .filter(name -> !name.equals("package-info"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(authoring.size() > 30, "found only " + authoring + ": the import is broken");
    Set<String> copied = SHIPPED.stream()
        .filter(c -> c.isTopLevelClass() && c.getPackageName().startsWith(ROOT + ".rules"))
        .map(JavaClass::getSimpleName)
        .filter(authoring::contains)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), copied);
  }

  @Test
  void boundaryRulesCanFail() {
    // The examples module uses the runtime's public package; a rule that forbade that must report it.
    ArchRule forbidsWhatExists =
        noClasses().that().resideInAPackage(EXAMPLES).should().dependOnClassesThat().resideInAPackage(RUNTIME);
    assertThrows(AssertionError.class, () -> forbidsWhatExists.check(SHIPPED));
  }

  private static ArchRule internalOnlyTo(String modulePackage, String module) {
    return classes().that().resideInAPackage(modulePackage + ".internal..")
        .should().onlyHaveDependentClassesThat().resideInAPackage(module)
        .because(modulePackage + ".internal is that module's own; other modules use its public package");
  }
}
