package org.signatorytracker.positions;

import static org.signatorytracker.common.Text.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.signatorytracker.common.PartialDate;

/** One source a position record cites, as stored. */
@Embeddable
public class PositionSource {

  public String url;
  public String title;
  public String publisher;

  @Column(name = "published_on")
  public LocalDate publishedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "published_precision")
  public PartialDate.Precision publishedPrecision;

  static PositionSource of(Source source) {
    PositionSource s = new PositionSource();
    s.url = blankToNull(source.url());
    s.title = blankToNull(source.title());
    s.publisher = blankToNull(source.publisher());
    if (source.published() != null) {
      s.publishedOn = source.published().lastDay();
      s.publishedPrecision = source.published().precision();
    }
    return s;
  }

  Source toSource() {
    return new Source(
        url, title, publisher, PartialDate.ofNullable(publishedOn, publishedPrecision));
  }
}
