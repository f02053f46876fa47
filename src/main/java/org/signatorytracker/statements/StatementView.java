package org.signatorytracker.statements;

import java.time.Instant;
import java.util.List;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.states.StateRef;

/** A statement as the API shows it. */
public record StatementView(
    String key,
    String title,
    StatementKind kind,
    String forum,
    String session,
    UncertainDate date,
    String issue,
    String side,
    List<StateRef> leadStates,
    Integer reportedCount,
    String addressee,
    String summary,
    List<Source> sources,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
