package org.signatorytracker.reports;

/** How a count is broken down; each value names the state column it groups by. */
public enum Grouping {
  regionalGroup("regional_group"),
  m49Region("m49_region"),
  m49Subregion("m49_subregion");

  final String column;

  Grouping(String column) {
    this.column = column;
  }
}
