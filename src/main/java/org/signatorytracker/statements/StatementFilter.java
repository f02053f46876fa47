package org.signatorytracker.statements;

import java.time.LocalDate;

/**
 * Which statements a list should show; null fields do not filter. Issue, forum and side match
 * without regard to case; {@code text} is found anywhere in the key, title, forum, session, summary
 * or notes.
 */
public record StatementFilter(
    String issue,
    String forum,
    StatementKind kind,
    String side,
    String text,
    LocalDate from,
    LocalDate to) {}
