package org.signatorytracker.statements;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.signatorytracker.common.UncertainDate;

/** How a statement, or a version of one, stores a stage of its life (sources apart). */
@Embeddable
public class StoredStage {

  @Enumerated(EnumType.STRING)
  public LifeStage stage;

  /** The date as written; null when not known. */
  @Column(name = "dated_text")
  public String datedText;

  @Column(name = "dated_earliest")
  public LocalDate datedEarliest;

  /** The last day the date allows. */
  @Column(name = "dated_on")
  public LocalDate datedOn;

  public String note;

  static StoredStage of(LifeStage stage, UncertainDate date, String note) {
    StoredStage s = new StoredStage();
    s.stage = stage;
    s.datedText = date == null ? null : date.toString();
    s.datedEarliest = date == null ? null : date.earliest();
    s.datedOn = date == null ? null : date.latest();
    s.note = note;
    return s;
  }

  StoredStage copy() {
    return of(stage, date(), note);
  }

  UncertainDate date() {
    return UncertainDate.parseNullable(datedText);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredStage other
        && stage == other.stage
        && Objects.equals(datedText, other.datedText)
        && Objects.equals(note, other.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, datedText, note);
  }
}
