package org.signatorytracker.positions;

import java.util.Arrays;
import java.util.List;
import org.signatorytracker.statements.StatementKind;

/** What a state did on a statement: sign or withdraw from a letter, or cast a vote. */
public enum PositionAction {
  SIGNED(false),
  WITHDREW(false),
  YES(true),
  NO(true),
  ABSTAIN(true),
  NOT_VOTING(true);

  private final boolean vote;

  PositionAction(boolean vote) {
    this.vote = vote;
  }

  /** Whether a state holding this action counts as supporting the statement. */
  public boolean supports() {
    return this == SIGNED || this == YES;
  }

  public boolean fits(StatementKind kind) {
    return vote == kind.isVote();
  }

  /**
   * Whether a state whose deciding record is this action stands on the statement: every action but
   * a withdrawal, which ends a signature (and then, as with no record, the state does not stand on
   * it). The one home of that rule.
   */
  public boolean holds() {
    return this != WITHDREW;
  }

  /** The actions a state can hold on a statement of this kind: all but WITHDREW. */
  public static List<PositionAction> heldOn(StatementKind kind) {
    return forKind(kind).stream().filter(PositionAction::holds).toList();
  }

  public static List<PositionAction> forKind(StatementKind kind) {
    return Arrays.stream(values()).filter(a -> a.fits(kind)).toList();
  }
}
