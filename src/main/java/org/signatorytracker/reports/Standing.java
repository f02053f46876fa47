package org.signatorytracker.reports;

import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.statements.StatementKind;

/** The state's standing on one statement; WITHDREW shows a withdrawal that still holds. */
public record Standing(
    String statement,
    String title,
    StatementKind kind,
    UncertainDate statementDate,
    PositionAction action,
    UncertainDate since,
    Confidence confidence,
    long recordId) {}
