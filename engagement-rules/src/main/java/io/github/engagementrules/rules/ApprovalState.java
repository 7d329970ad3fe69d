package io.github.engagementrules.rules;

/** Where a rule or a marked function stands with the policy owner's sign-off. */
public enum ApprovalState {
  /** Approved as it is written now. */
  APPROVED,
  /** Approved once, but edited since: the approval no longer counts. */
  EDITED_SINCE_APPROVAL,
  /** Never approved. */
  AWAITING_APPROVAL
}
