package io.github.engagementrules.examples.cli;

import static io.github.engagementrules.examples.cli.CliTestSupport.ROSTER;
import static io.github.engagementrules.examples.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.model.EngagementJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tool's own conventions: help, version, suggestions, completion, exit codes, and the bytes of input files. */
class CommandLineTest {
  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"", "demo", "decide", "validate", "test", "verify", "diff", "serve"})
  void everyCommand_hasHelp_withStatusZero(String command) {
    CliTestSupport.Run result = command.isEmpty() ? run("", "--help") : run("", command, "--help");

    assertEquals(EngagementCli.OK, result.status(), result.err());
    assertTrue(result.out().startsWith("Usage: engagement" + (command.isEmpty() ? "" : " " + command)), result.out());
    assertEquals("", result.err());
  }

  @Test
  void version_printsTheProjectVersion() {
    CliTestSupport.Run result = run("", "--version");

    assertEquals(EngagementCli.OK, result.status());
    assertTrue(result.out().matches("(?s)engagement \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\nJava .*"), result.out());
  }

  @Test
  void mistypedCommand_getsASuggestion_inAFewLines() {
    CliTestSupport.Run result = run("", "decdie", "--roster", ROSTER);

    assertEquals(EngagementCli.USAGE_OR_RULES, result.status());
    assertTrue(result.err().contains("decide"), result.err());
    assertTrue(result.err().lines().count() <= 4, result.err());
  }

  @Test
  void mistypedOption_getsASuggestion_inAFewLines() {
    CliTestSupport.Run result = run("", "decide", "--rooster", ROSTER);

    assertEquals(EngagementCli.USAGE_OR_RULES, result.status());
    assertTrue(result.err().contains("--roster"), result.err());
    assertTrue(result.err().lines().count() <= 4, result.err());
  }

  @Test
  void generateCompletion_printsABashCompletionScript_forEveryCommand() {
    CliTestSupport.Run result = run("", "generate-completion");

    assertEquals(EngagementCli.OK, result.status(), result.err());
    assertTrue(result.out().contains("complete -F"), result.out());
    for (String command : List.of("decide", "serve", "verify")) {
      assertTrue(result.out().contains(command), command);
    }
  }

  @Test
  void inputFileThatIsNotUtf8_getsAnErrorLineNamingTheLine_andTheOtherLinesAreDecided() throws IOException {
    List<String> lines = Samples.text("opportunities.jsonl").lines().limit(3).toList();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a byte order mark, accepted
    file.write((lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
    byte[] second = (lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8);
    second[10] = (byte) 0xC3; // starts a two-byte sequence that the next byte does not continue
    second[11] = (byte) 0x28;
    file.write(second);
    file.write((lines.get(2) + "\n").getBytes(StandardCharsets.UTF_8));
    Path input = Files.write(temp.resolve("input.jsonl"), file.toByteArray());
    long offset = 3 + lines.get(0).getBytes(StandardCharsets.UTF_8).length + 1 + 10;

    CliTestSupport.Run result = run("", "decide", "--roster", ROSTER, input.toString());

    assertEquals(EngagementCli.SOME_FAILED, result.status(), result.err());
    List<JsonNode> out = result.lines().stream().map(EngagementJson::parse).toList();
    assertEquals(3, out.size());
    assertTrue(out.get(0).has("attendance"), out.get(0).toString());
    assertEquals("line 2: invalid UTF-8 at byte offset " + offset + " (byte 0xC3)", out.get(1).get("error").asText());
    assertEquals("ENG-101", out.get(1).get("code").asText());
    assertTrue(out.get(2).has("attendance"), out.get(2).toString());
  }

  @Test
  void jsonArrayThatIsNotUtf8_stopsWithAnErrorLine_afterTheRecordsBeforeIt() {
    List<String> lines = Samples.text("opportunities.jsonl").lines().limit(2).toList();
    byte[] array = ("[" + lines.get(0) + ",\n" + lines.get(1) + "]").getBytes(StandardCharsets.UTF_8);
    int bad = lines.get(0).getBytes(StandardCharsets.UTF_8).length + 10;
    array[bad] = (byte) 0xFF;
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status = new EngagementCli().run(new String[] {"decide", "--roster", ROSTER}, new ByteArrayInputStream(array),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8));

    assertEquals(EngagementCli.SOME_FAILED, status);
    List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(2, printed.size(), printed.toString());
    assertTrue(EngagementJson.parse(printed.get(0)).has("attendance"));
    assertTrue(printed.get(1).contains("invalid UTF-8 at byte offset " + bad + " (byte 0xFF)"), printed.get(1));
  }

  @Test
  void decisionLines_escapeLineAndParagraphSeparators() {
    String record = "{\"id\": \"a\u2028b\", \"kind\": \"PATROL\", \"borough\": \"Waverley\", \"ward\": \"Farnham Castle\"}";

    CliTestSupport.Run result = run(record + "\n", "decide", "--roster", ROSTER);

    assertEquals(EngagementCli.OK, result.status(), result.out());
    assertTrue(result.out().contains("\"a\\u2028b\"") && !result.out().contains("\u2028"), result.out());
  }
}
