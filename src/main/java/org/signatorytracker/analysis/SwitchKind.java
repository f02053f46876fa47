package org.signatorytracker.analysis;

import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a change of a state's side between two dates is: {@code JOINED} (no side, then a side),
 * {@code LEFT} (a side, then none) or {@code SWITCHED} (one side, then another; {@code abstain} and
 * {@code both} count as sides here).
 */
@Schema(description = "JOINED (no side, then one), LEFT (a side, then none) or SWITCHED")
public enum SwitchKind {
  JOINED,
  LEFT,
  SWITCHED;

  /** The change from one side to another (null: none); null when the side stayed the same. */
  static SwitchKind between(String before, String after) {
    if (Objects.equals(before, after)) {
      return null;
    }
    if (before == null) {
      return JOINED;
    }
    return after == null ? LEFT : SWITCHED;
  }
}
