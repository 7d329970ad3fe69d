package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.rules.CompiledRules;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service names its edition, shows its approvals and its policy book, and may refuse unapproved rules. */
class ServeEditionTest {
  @TempDir Path temp;

  @Test
  void rulesAndBook_nameTheEdition_andTheInterpretationsAwaitingApproval() throws Exception {
    try (ServiceUnderTest service = ServiceUnderTest.start(temp)) {
      JsonNode rules = new ObjectMapper().readTree(service.get("/rules").body());
      HttpResponse<String> book = service.get("/book");
      HttpResponse<String> css = service.get("/book.css");

      assertEquals("Surrey Police, Community Engagement Guide, 2017", rules.path("edition").path("label").asText());
      assertEquals("2018-09-27", rules.path("edition").path("reviewDue").asText());
      assertTrue(rules.path("review").asText().contains("was due on 2018-09-27"), rules.toString());
      int interpretations = CompiledRules.builtIn().info().interpretationCount();
      assertEquals(interpretations, rules.path("unapprovedInterpretations").size());
      assertEquals(200, book.statusCode());
      assertTrue(book.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
      assertTrue(book.body().contains("<h1 id=\"top\">Surrey Police, Community Engagement Guide, 2017</h1>"));
      assertTrue(book.body().contains("<link rel=\"stylesheet\" href=\"/book.css\" />"), "no inline style: CSP");
      assertTrue(!book.body().contains("<style>"));
      assertEquals(200, css.statusCode());
      assertTrue(css.body().contains("@media print"));
    }
  }

  @Test
  void requireApproved_refusesToStartOnAnEditionWithUnapprovedInterpretations() {
    EngagementException refused = assertThrows(EngagementException.class,
        () -> ServiceUnderTest.start(temp, "--require-approved").close());

    assertTrue(refused.getMessage().contains("awaits the policy owner's approval"), refused.getMessage());
  }
}
