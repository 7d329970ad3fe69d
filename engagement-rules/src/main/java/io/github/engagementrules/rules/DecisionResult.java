package io.github.engagementrules.rules;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import java.util.Optional;
import org.immutables.value.Value;

/** The outcome for one record of a batch: a decision, or the error that kept it from being decided. */
@Value.Immutable
public abstract class DecisionResult {
  /** The record's position in the batch, from 0. */
  public abstract int index();

  /** The record's opportunity id, when it could be read. */
  public abstract Optional<String> opportunityId();

  /** The decision, when the record was decided. */
  public abstract Optional<Decision> decision();

  /** The error, when it was not. */
  public abstract Optional<EngagementException> error();

  /** Whether the record was decided. */
  public boolean isDecided() {
    return decision().isPresent();
  }

  /** A decided record. */
  public static DecisionResult decided(int index, Decision decision) {
    return ImmutableDecisionResult.builder()
        .index(index)
        .opportunityId(decision.opportunityId())
        .decision(decision)
        .build();
  }

  /** A record that failed; {@code opportunityId} may be {@code null} when it could not be read. */
  public static DecisionResult failed(int index, String opportunityId, EngagementException error) {
    return ImmutableDecisionResult.builder()
        .index(index)
        .opportunityId(Optional.ofNullable(opportunityId))
        .error(error)
        .build();
  }

  @Value.Check
  void check() {
    if (decision().isPresent() == error().isPresent()) {
      throw new IllegalStateException("a result has either a decision or an error");
    }
  }
}
