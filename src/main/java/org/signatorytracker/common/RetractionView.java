package org.signatorytracker.common;

import java.time.Instant;

/**
 * A retraction as the API shows it: why, by whom, and when its revision committed ({@code
 * retractedAt}, comparable with {@code recordedThrough}).
 */
public record RetractionView(
    String reason, Instant retractedAt, String retractedBy, long revision) {}
