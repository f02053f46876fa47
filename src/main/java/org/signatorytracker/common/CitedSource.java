package org.signatorytracker.common;

import static org.signatorytracker.common.Text.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One source as stored beside what cites it (a statement, a position record, a count claim). */
@Embeddable
public class CitedSource {

  public String url;
  public String title;
  public String publisher;

  @Column(name = "published_on")
  public LocalDate publishedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "published_precision")
  public PartialDate.Precision publishedPrecision;

  @Enumerated(EnumType.STRING)
  public SourceKind kind;

  /** Whom the source relies on, as JSON ({@link SourceVia#write}); null for no one. */
  public String via;

  public static CitedSource of(Source source) {
    CitedSource s = new CitedSource();
    s.url = blankToNull(source.url());
    s.title = blankToNull(source.title());
    s.publisher = blankToNull(source.publisher());
    if (source.published() != null) {
      s.publishedOn = source.published().lastDay();
      s.publishedPrecision = source.published().precision();
    }
    s.kind = source.kind();
    s.via = SourceVia.write(source.via());
    return s;
  }

  public PartialDate published() {
    return PartialDate.ofNullable(publishedOn, publishedPrecision);
  }

  public Source toSource() {
    return new Source(url, title, publisher, published(), kind, SourceVia.read(via));
  }

  /** Whether the sources rest on unnamed people only ({@link Sources#restOnAnonymous}). */
  public static boolean restOnAnonymous(List<CitedSource> sources) {
    return Sources.restOnAnonymous(sources.stream().map(CitedSource::toSource).toList());
  }

  /**
   * The sources of one cited row, from an export's joined rows (columns url, title, publisher,
   * published_on, published_precision, source_kind, via; none when the join found no source).
   */
  public static List<CitedSource> fromRows(List<SqlRow> group) {
    List<CitedSource> sources = new ArrayList<>();
    for (SqlRow row : group) {
      if (row.text("source_kind") == null) {
        continue;
      }
      CitedSource source = new CitedSource();
      source.url = row.text("url");
      source.title = row.text("title");
      source.publisher = row.text("publisher");
      source.publishedOn = row.date("published_on");
      source.publishedPrecision = row.enumValue("published_precision", PartialDate.Precision.class);
      source.kind = row.enumValue("source_kind", SourceKind.class);
      source.via = row.text("via");
      sources.add(source);
    }
    return sources;
  }
}
