package org.signatorytracker.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where something was read: a URL, a title, or both, and what kind of evidence it is. Statements,
 * position records and count claims cite sources the same way.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(
    @Schema(examples = "https://www.ohchr.org/en/hr-bodies/hrc/regular-sessions/session41")
        @Size(max = 2000)
        @Pattern(regexp = Source.URL_PATTERN, message = Source.URL_MESSAGE)
        String url,
    @Schema(examples = "Letter dated 12 July 2019 (A/HRC/41/G/17)") @Size(max = 500) String title,
    @Schema(examples = "United Nations") @Size(max = 200) String publisher,
    PartialDate published,
    @Schema(description = "OFFICIAL, PRESS, ANONYMOUS or OTHER (the default)") SourceKind kind,
    @Schema(
            description =
                "Whom the source relies on, from the nearest back to the origin: Reuters citing"
                    + " four unnamed people is a PRESS source with one ANONYMOUS link; empty when"
                    + " it relies on no one it names",
            examples =
                "[{\"kind\": \"ANONYMOUS\", \"note\": \"three diplomats and a rights"
                    + " expert\"}]")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Size(max = SourceVia.MAX_LINKS)
        List<@Valid SourceVia> via) {

  public static final String URL_PATTERN = "https?://\\S+";

  public static final String URL_MESSAGE = "must be an http or https URL";

  /** Whether a source's URL is one: empty, or http(s) without white space. */
  public static boolean isUrl(String url) {
    return url == null || url.isBlank() || url.matches(URL_PATTERN);
  }

  /** A source without a kind is OTHER; without a chain, it relies on no one. */
  public Source {
    kind = kind == null ? SourceKind.OTHER : kind;
    via = via == null ? List.of() : via;
  }

  public Source(
      String url, String title, String publisher, PartialDate published, SourceKind kind) {
    this(url, title, publisher, published, kind, List.of());
  }

  public Source(String url, String title, String publisher, PartialDate published) {
    this(url, title, publisher, published, SourceKind.OTHER);
  }

  /**
   * Whether the source rests on unnamed people: it is ANONYMOUS itself, or the origin of its chain
   * (the last link) is. "Reuters, citing four sources speaking on condition of anonymity" does;
   * "Reuters, citing the mission's spokesperson" does not.
   */
  public boolean restsOnAnonymous() {
    return kind == SourceKind.ANONYMOUS
        || (!via.isEmpty() && via.get(via.size() - 1).kind() == SourceKind.ANONYMOUS);
  }

  public boolean identifiesSomething() {
    return (url != null && !url.isBlank()) || (title != null && !title.isBlank());
  }
}
