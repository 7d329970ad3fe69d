package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.engagementrules.rules.GuideSection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide's text compared between editions, sentence by sentence. */
class GuideChangesTest {
  private static GuideSection section(String id, String text) {
    return GuideSection.builder().id(id).title("Title of " + id).source("guide.txt").text(text).build();
  }

  @Test
  void sentencesAddedRemovedAndReworded_areToldApart() {
    GuideSection before = section("meetings", "Police will attend a meeting. Figures are online.\n- Crime\n- Disorder");
    GuideSection after = section("meetings", "Police will attend a residents' meeting. New rule here.\n- Crime");

    List<GuideChange> changes = GuideChanges.between(List.of(before), List.of(after));

    assertEquals(1, changes.size());
    GuideChange change = changes.get(0);
    assertEquals(List.of(new GuideChange.Rewording("Police will attend a meeting.",
        "Police will attend a residents' meeting.")), change.reworded());
    assertEquals(List.of("New rule here."), change.added());
    assertEquals(List.of("Figures are online.", "Disorder"), change.removed());
  }

  @Test
  void aSectionWhoseSentencesAreTheSame_whitespaceAside_isUnchanged_andNewOrDroppedSectionsAreWhole() {
    List<GuideChange> changes = GuideChanges.between(
        List.of(section("same", "One.  Two."), section("gone", "Old words.")),
        List.of(section("same", "One.\nTwo."), section("new", "New words.")));

    assertEquals(List.of("new", "gone"), changes.stream().map(GuideChange::sectionId).toList());
    assertEquals(List.of("New words."), changes.get(0).added());
    assertEquals(List.of("Old words."), changes.get(1).removed());
  }

  @Test
  void lines_markEachSentence() {
    GuideChange change = new GuideChange("s", "S", List.of("new."), List.of("old."),
        List.of(new GuideChange.Rewording("a b c.", "a b d.")));

    assertEquals(List.of("~ \"a b c.\" -> \"a b d.\"", "+ \"new.\"", "- \"old.\""), change.lines());
  }
}
