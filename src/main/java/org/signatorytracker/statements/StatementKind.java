package org.signatorytracker.statements;

/** What a statement is; it decides which actions a state can take on it. */
public enum StatementKind {
  LETTER,
  JOINT_STATEMENT,
  VOTE;

  public boolean isVote() {
    return this == VOTE;
  }
}
