package io.github.engagementrules.rules;

import io.github.engagementrules.rules.internal.EditionFiles;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The policy owner's sign-off of one rule or marked function as it was written then, kept in the edition's {@code
 * approvals.json}: who approved it, when, their note, and the content hash of the rule's text as approved. Editing the
 * rule changes its hash, and the approval no longer counts (see {@link RuleBaseInfo#approvalState(String)}).
 */
@Value.Immutable
public abstract class Approval {
  /** The name of the rule (or of the DRL function) approved. */
  public abstract String rule();

  /** Who approved it: the person and their post, as the force records sign-offs. */
  public abstract String approvedBy();

  /** The day it was approved. */
  public abstract LocalDate approvedOn();

  /** The approver's note; empty when none. */
  @Value.Default
  public String note() {
    return "";
  }

  /** The content hash of the rule's text as approved ({@link RuleBaseInfo#contentHash(String)} then). */
  public abstract String contentHash();

  @Value.Check
  void check() {
    if (rule().isBlank()) {
      throw new IllegalStateException("rule: must name a rule, got '" + rule() + "'");
    }
    if (approvedBy().isBlank()) {
      throw new IllegalStateException("approvedBy: must say who approved, got '" + approvedBy() + "'");
    }
    if (!contentHash().matches("sha256:[0-9a-f]{16}")) {
      throw new IllegalStateException("contentHash: must be sha256: and 16 hex digits, got '" + contentHash() + "'");
    }
  }

  /**
   * The text of an edition's {@code approvals.json} holding these approvals, in rule-name order; what {@code
   * engagement approve} writes.
   *
   * @param approvals the approvals, at most one per rule
   * @return the file's JSON text
   */
  public static String fileText(List<Approval> approvals) {
    return EditionFiles.approvalsJson(approvals);
  }

  /** A new builder. */
  public static ImmutableApproval.Builder builder() {
    return ImmutableApproval.builder();
  }
}
