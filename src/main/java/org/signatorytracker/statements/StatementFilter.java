package org.signatorytracker.statements;

import java.time.LocalDate;

/**
 * Which statements a list should show; null fields do not filter. Issue, forum and side match
 * without regard to case; each word of {@code text} is found (in any order) in the key, title,
 * forum, session, date, summary, notes, issues or sides, or names a state with a record on it.
 * {@code stage} keeps the statements whose furthest stage is that one.
 */
public record StatementFilter(
    String issue,
    String forum,
    StatementKind kind,
    String side,
    String text,
    LocalDate from,
    LocalDate to,
    LifeStage stage) {

  public StatementFilter(
      String issue,
      String forum,
      StatementKind kind,
      String side,
      String text,
      LocalDate from,
      LocalDate to) {
    this(issue, forum, kind, side, text, from, to, null);
  }
}
