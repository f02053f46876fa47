package org.signatorytracker.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.statements.StatementKind;

/**
 * The state's standing on one statement; WITHDREW shows a withdrawal that still holds. {@code
 * since} is the deciding record's date or, when its sources give none ({@code dateUnknown} true,
 * otherwise absent), the bound it counts from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Standing(
    String statement,
    String title,
    StatementKind kind,
    UncertainDate statementDate,
    PositionAction action,
    UncertainDate since,
    Boolean dateUnknown,
    Confidence confidence,
    long recordId) {}
