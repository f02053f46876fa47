package org.signatorytracker.statements;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.signatorytracker.common.CitedSource;

/** A source of one stage of a statement's life, stored with the stage it reports. */
@Embeddable
public class StageSource {

  @Enumerated(EnumType.STRING)
  public LifeStage stage;

  @Embedded public CitedSource source;

  static StageSource of(LifeStage stage, CitedSource source) {
    StageSource s = new StageSource();
    s.stage = stage;
    s.source = source;
    return s;
  }
}
