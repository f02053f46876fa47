package org.signatorytracker.reports;

import org.signatorytracker.states.StateView;

/** How a count is broken down: by which of a state's groups. */
public enum Grouping {
  regionalGroup,
  m49Region,
  m49Subregion;

  /** The state's group in this grouping, or null if it has none. */
  public String of(StateView state) {
    return switch (this) {
      case regionalGroup -> state.regionalGroup();
      case m49Region -> state.m49Region();
      case m49Subregion -> state.m49Subregion();
    };
  }
}
