package org.signatorytracker.common;

import static org.signatorytracker.common.Text.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

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
    return s;
  }

  public PartialDate published() {
    return PartialDate.ofNullable(publishedOn, publishedPrecision);
  }

  public Source toSource() {
    return new Source(url, title, publisher, published(), kind);
  }
}
