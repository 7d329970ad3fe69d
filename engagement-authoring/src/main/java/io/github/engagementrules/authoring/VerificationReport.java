package io.github.engagementrules.authoring;

import java.util.List;

/**
 * The outcome of verifying a rule base over an input domain: how many opportunities were decided and every defect
 * found, grouped by kind and description, in the order of their first counterexample.
 *
 * @param ruleBaseVersion the version of the rule base verified
 * @param checked how many opportunities were decided
 * @param findings the defects; empty when the rule base verified clean
 */
public record VerificationReport(String ruleBaseVersion, long checked, List<VerificationFinding> findings) {
  /** Copies the findings. */
  public VerificationReport {
    findings = List.copyOf(findings);
  }

  /** Whether no defect was found. */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /** How many opportunities showed a defect (one opportunity may count under more than one finding). */
  public long affected() {
    return findings.stream().mapToLong(VerificationFinding::count).sum();
  }
}
