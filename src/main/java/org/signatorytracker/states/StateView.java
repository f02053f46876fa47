package org.signatorytracker.states;

import java.util.List;
import org.signatorytracker.common.CsvColumns;

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

  /** The CSV form of a list of states: the columns of the reference table. */
  public static final CsvColumns<StateView> CSV =
      CsvColumns.of(StateView.class)
          .add("iso3", StateView::iso3)
          .add("iso2", StateView::iso2)
          .add("m49", StateView::m49)
          .add("name", StateView::name)
          .add("official_name", StateView::officialName)
          .add("un_status", StateView::unStatus)
          .add("un_regional_group", StateView::regionalGroup)
          .add("m49_region", StateView::m49Region)
          .add("m49_subregion", StateView::m49Subregion)
          .add("aliases", v -> String.join(";", v.aliases()));
}
