package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.rules.ApiSignatures;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The authoring package's public signatures name no {@code internal} type, of this module or the runtime's: a policy
 * author's tooling that builds on it could otherwise come to depend on types that change without notice.
 */
class AuthoringApiGuardTest {

  @Test
  void authoringApiExposesNoInternalType() throws Exception {
    List<Class<?>> api = ApiSignatures.classesOf(Validation.class);
    assertTrue(api.size() > 20, "found only " + api.size() + " API classes: the scan is broken");

    Set<String> exposures = new TreeSet<>();
    for (Class<?> type : api) {
      exposures.addAll(ApiSignatures.exposures(type));
    }
    assertEquals(Set.of(), exposures);
  }
}
