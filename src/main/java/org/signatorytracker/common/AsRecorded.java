package org.signatorytracker.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How far the recorded data an answer reads may run: through a revision ({@code 1234}), through an
 * instant ({@code 2026-11-29T17:40:12.345678Z}), or through the end of a day in UTC ({@code
 * 2026-11-29}). Records, claims and retractions recorded later are left out, and statements read as
 * they then were, so that the answer is the one given then.
 */
@Schema(
    type = SchemaType.STRING,
    description =
        "How far the recorded data an answer read may run: a revision number, an instant or a day"
            + " (its end in UTC)",
    examples = {"1234", "2026-11-29T17:40:12.345678Z", "2026-11-29"})
public record AsRecorded(Long revision, Instant at, String written) {

  /** Stands in for "no limit" so that queries keep plain, indexable comparisons. */
  public static final AsRecorded NOW = new AsRecorded(null, null, null);

  /** The revision after every revision: no limit (and, for a retraction, never). */
  public static final long NO_REVISION_LIMIT = Long.MAX_VALUE;

  /** The commit time after every commit: no limit. */
  private static final Instant NO_TIME_LIMIT = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * The day after every day a source can bear: "known by" with no limit, so that queries keep one
   * plain, indexable comparison.
   */
  public static final LocalDate NO_DATE_LIMIT = LocalDate.of(9999, 12, 31);

  /**
   * JPQL: the revision {@code revision} is within the limit bound as {@code number} and {@code
   * time} (parameters such as {@code :throughRevision} or {@code ?3}): recorded by then.
   */
  public static String within(String revision, String number, String time) {
    return revision + ".number <= " + number + " and " + revision + ".committedAt <= " + time;
  }

  public static final String FORMAT_HINT =
      "a revision number (1234), an instant (2026-11-29T17:40:12.345678Z) or a day (2026-11-29,"
          + " meaning its end in UTC)";

  /**
   * Reads what a client wrote; blank means now.
   *
   * @throws InvalidValueException saying what is accepted
   */
  public static AsRecorded parse(String text) {
    if (text == null || text.isBlank()) {
      return NOW;
    }
    String written = text.strip();
    if (written.matches("\\d{1,18}")) {
      return new AsRecorded(Long.parseLong(written), null, written);
    }
    try {
      if (written.matches("\\d{4}-\\d{2}-\\d{2}")) {
        Instant endOfDay =
            LocalDate.parse(written)
                .plusDays(1)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC)
                .minus(1, ChronoUnit.MICROS);
        return new AsRecorded(null, endOfDay, written);
      }
      return new AsRecorded(null, OffsetDateTime.parse(written).toInstant(), written);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("must be " + FORMAT_HINT, text);
    }
  }

  public boolean isNow() {
    return revision == null && at == null;
  }

  /** The highest revision number that may be read. */
  public long throughRevision() {
    return revision == null ? NO_REVISION_LIMIT : revision;
  }

  /** The latest commit time that may be read. */
  public Instant throughTime() {
    return at == null ? NO_TIME_LIMIT : at;
  }

  /** As the client wrote it; absent for now. */
  @JsonValue
  public String written() {
    return written;
  }
}
