package org.signatorytracker.statements;

import java.time.LocalDate;

/** Which statements a list should show; null fields do not filter. */
public record StatementFilter(
    String issue, String forum, StatementKind kind, LocalDate from, LocalDate to) {}
