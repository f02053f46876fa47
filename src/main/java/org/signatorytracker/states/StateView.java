package org.signatorytracker.states;

import java.util.List;

/** A state as the API shows it. {@code regionalGroup} is null for observers and non-members. */
public record StateView(
    String iso3,
    String iso2,
    String m49,
    String name,
    String officialName,
    String unStatus,
    String regionalGroup,
    String m49Region,
    String m49Subregion,
    List<String> aliases) {

  public StateRef ref() {
    return new StateRef(iso3, name);
  }

  /** "Democratic People's Republic of Korea (PRK)", as messages name a state. */
  public String label() {
    return name + " (" + iso3 + ")";
  }
}
