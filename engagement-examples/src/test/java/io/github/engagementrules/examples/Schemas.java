package io.github.engagementrules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The shipped JSON Schemas and the OpenAPI document's own schemas, with a validator (networknt, 2020-12). */
public final class Schemas {
  /** Where the shipped schemas say they live ({@code $id}), and where they really are: in the model jar. */
  private static final String SCHEMA_BASE = "https://engagement-rules.github.io/schema/";

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.schemaMappers(
                  mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:io/github/engagementrules/model/schema/")));

  public static final JsonNode OPENAPI = EngagementJson.parse(resource(io.github.engagementrules.examples.http.EngagementService.class, "openapi.json"));
  public static final JsonSchema OPPORTUNITY = shipped("opportunity.schema.json");
  public static final JsonSchema ROSTER = shipped("roster.schema.json");
  public static final JsonSchema DECISION = shipped("decision.schema.json");
  public static final JsonSchema DECISION_RECORD = shipped("decision-record.schema.json");
  public static final JsonSchema PUBLIC_ANSWER = shipped("public-answer.schema.json");
  public static final JsonSchema RECORD_ERROR = component("RecordError");
  public static final JsonSchema PROBLEM = component("Problem");
  public static final JsonSchema HEALTH = component("Health");
  public static final JsonSchema RULE_BASE = component("RuleBase");
  public static final JsonSchema STATUS = documentComponent("Status");

  private Schemas() {}

  /** A schema shipped in the model jar, by file name; its references to the other shipped schemas resolve. */
  public static JsonSchema shipped(String name) {
    return FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + name));
  }

  /** The text of a schema shipped in the model jar. */
  public static String shippedText(String name) {
    return resource(Opportunity.class, "schema/" + name);
  }

  /** A schema of the OpenAPI document's components, by name. */
  public static JsonSchema component(String name) {
    return FACTORY.getSchema(OPENAPI.get("components").get("schemas").get(name));
  }

  /**
   * A schema of the OpenAPI document's components, by name, read in place in the document so that its references to
   * other components ({@code #/components/schemas/...}) resolve.
   */
  public static JsonSchema documentComponent(String name) {
    return FACTORY.getSchema(
        SchemaLocation.of("classpath:io/github/engagementrules/examples/http/openapi.json#/components/schemas/" + name));
  }

  /** The problems {@code schema} finds in {@code json}; empty when it is valid. */
  public static Set<ValidationMessage> problems(JsonSchema schema, JsonNode json) {
    return schema.validate(json);
  }

  /** Fails, naming the instance and the problems, unless {@code json} is valid. */
  public static void assertValid(JsonSchema schema, JsonNode json) {
    Set<ValidationMessage> problems = problems(schema, json);
    if (!problems.isEmpty()) {
      fail(problems + " in " + EngagementJson.write(json));
    }
  }

  /** A decision, or a record error when the element has an {@code error} field (the two forms of a batch result). */
  public static void assertDecisionOrError(JsonNode json) {
    assertValid(json.has("error") ? RECORD_ERROR : DECISION, json);
  }

  /** Fails unless {@code json} is a problem response with {@code status}. */
  public static void assertProblem(int status, JsonNode json) {
    assertValid(PROBLEM, json);
    assertEquals(status, json.get("status").asInt(), json.toString());
  }

  public static String resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
