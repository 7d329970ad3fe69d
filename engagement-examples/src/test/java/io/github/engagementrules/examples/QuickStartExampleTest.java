package io.github.engagementrules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Java example prints the redirect of a statistics-only meeting and why. */
class QuickStartExampleTest {
  @Test
  void printsTheRedirectAndItsReasons() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    QuickStartExample.go(new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertEquals(
        List.of(
            "attendance: REDIRECT",
            "point of contact: COMMUNITY_ENGAGEMENT_VOLUNTEER Cal Whitfield",
            "because [community-meetings] Statistics asked of a meeting without a policing purpose are redirected to the"
                + " Community Engagement Volunteer",
            "because [community-meetings] Redirected statistics request's point of contact is the Community Engagement"
                + " Volunteer",
            "because [community-meetings] Statistics asked for come from the Community Engagement Volunteer",
            "because [community-meetings] Statistics requests are pointed to police.uk and In The Know",
            "overridden: Community meeting without a specific policing purpose is declined (tier redirect above"
                + " decline)"),
        List.of(printed.toString(StandardCharsets.UTF_8).split("\n")));
  }
}
