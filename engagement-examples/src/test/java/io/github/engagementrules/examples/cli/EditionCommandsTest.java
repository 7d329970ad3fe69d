package io.github.engagementrules.examples.cli;

import static io.github.engagementrules.examples.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.examples.cli.CliTestSupport.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A force's yearly review with the tool: start an edition, check it, approve it, write its book. */
class EditionCommandsTest {
  private static final String RULE = "Immediate threat to life is escalated to the Duty Inspector at once";

  @TempDir Path temp;

  private Path newEdition() {
    Path edition = temp.resolve("2027");
    Run started = run("", "edition", "--out", edition.toString(), "--edition", "2027", "--in-force-from",
        "2027-04-01");
    assertEquals(0, started.status(), started::out);
    assertTrue(started.out().startsWith("started Surrey Police, Community Engagement Guide, 2027 in " + edition),
        started::out);
    return edition;
  }

  @Test
  void edition_copiesTheBuiltInEdition_withNewDatesAndNoApprovals() throws IOException {
    Path edition = newEdition();

    String json = Files.readString(edition.resolve("edition.json"));
    assertTrue(json.contains("\"inForceFrom\" : \"2027-04-01\""), json);
    assertTrue(json.contains("\"reviewDue\" : \"2028-04-01\""), json);
    assertTrue(Files.exists(edition.resolve("guide-sections.txt")));
    assertTrue(Files.exists(edition.resolve("precedence.json")));
    assertFalse(Files.exists(edition.resolve("approvals.json")));
    Run validated = run("", "validate", "--rules", edition.toString());
    assertEquals(0, validated.status(), validated::out);
    assertFalse(validated.out().contains("the review of"), "not due for a year");
  }

  @Test
  void validateStrict_failsOnInterpretationsAwaitingApproval_andPassesOnceTheyAreApproved() throws IOException {
    Path edition = newEdition();

    Run strict = run("", "validate", "--strict", "--rules", edition.toString());
    Run approved = run("", "approve", "--rules", edition.toString(), "--all-awaiting", "--by",
        "Dee Owner, Detective Chief Superintendent", "--on", "2027-03-20", "--note", "Yearly review 2027");
    Run strictAfter = run("", "validate", "--strict", "--rules", edition.toString());

    assertEquals(1, strict.status(), strict::out);
    assertTrue(strict.out().contains(edition.resolve("public-events.drl") + ":"), strict::out);
    assertTrue(strict.out().contains("warning: the local interpretation of rule \"" + RULE + "\" awaits the policy"
        + " owner's approval"), strict::out);
    assertTrue(strict.out().contains("INVALID (--strict)"), strict::out);
    assertEquals(0, approved.status(), approved::out);
    assertTrue(approved.out().contains("0 local interpretation(s) still await approval"), approved::out);
    assertTrue(Files.readString(edition.resolve("approvals.json")).contains("\"approvedBy\" : \"Dee Owner,"
        + " Detective Chief Superintendent\""));
    assertEquals(0, strictAfter.status(), strictAfter::out);
    assertTrue(strictAfter.out().contains("[approved by Dee Owner, Detective Chief Superintendent on 2027-03-20]"),
        strictAfter::out);
  }

  @Test
  void editingAnApprovedRule_putsItBackAwaitingApproval() throws IOException {
    Path edition = newEdition();
    assertEquals(0, run("", "approve", "--rules", edition.toString(), "--rule", RULE, "--by", "Dee Owner").status());

    CliTestSupport.edit(edition.resolve("public-events.drl"), "this force tells the Duty Inspector at once",
        "this force tells the Duty Inspector straight away");
    Run validated = run("", "validate", "--rules", edition.toString());

    assertTrue(validated.out().contains("the local interpretation of rule \"" + RULE + "\" was edited after it was"
        + " approved"), validated::out);
    assertTrue(validated.out().contains("\"" + RULE + "\" [edited since approval: awaiting approval]"),
        validated::out);
  }

  @Test
  void approve_aRuleThatDoesNotExist_isAUsageErrorWithASuggestion() {
    Path edition = newEdition();

    Run run = run("", "approve", "--rules", edition.toString(), "--rule", RULE.replace("Duty", "Duti"), "--by", "X");

    assertEquals(2, run.status(), run::out);
    assertTrue(run.err().contains("--rule: no rule or marked function is named"), run::err);
    assertTrue(run.err().contains(RULE), "did you mean: " + run.err());
    assertFalse(Files.exists(edition.resolve("approvals.json")));
  }

  @Test
  void book_writesHtmlAndPdf_andAgainstAnOlderEditionShowsTheGuidesChanges() throws IOException {
    Path edition = newEdition();
    Path older = CliTestSupport.copyBuiltInRules(temp, "2017");
    CliTestSupport.edit(edition.resolve("guide-sections.txt"),
        "Each Borough community profile is developed and should be understood by local officers.",
        "Each Borough community profile is kept up to date and should be understood by local officers.");

    Run run = run("", "book", "--rules", edition.toString(), "--against", older.toString(), "--out",
        temp.resolve("book").toString(), "--budget", "500", "--samples", "200");

    assertEquals(0, run.status(), run::out);
    String html = Files.readString(temp.resolve("book/book.html"));
    assertTrue(html.contains("Reworded: &#8220;Each Borough community profile is developed"), html);
    assertTrue(html.contains("0 of "), "no decision changes: " + html);
    assertTrue(Files.size(temp.resolve("book/book.pdf")) > 10_000);
  }
}
