package org.signatorytracker.common;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A retraction waiting for review: why, who proposed it, and when. */
public record RetractionProposalView(
    @Schema(examples = "Bahrain is listed among the observers, not the signatories") String reason,
    @Schema(examples = "alice") String proposedBy,
    @Schema(examples = "2026-12-06T20:15:00Z") Instant proposedAt,
    @Schema(examples = "41") long revision) {}
