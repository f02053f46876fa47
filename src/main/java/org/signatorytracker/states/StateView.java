package org.signatorytracker.states;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.CsvColumns;

/**
 * A state as the API shows it. {@code regionalGroup} is null for observers and non-members. A state
 * that no longer exists has {@code unStatus} "former", the years it existed, its successors and,
 * where one continued its UN seat, that state; these are null for today's states.
 */
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
    List<String> aliases,
    @Schema(
            description = "The first year a former state existed; null for today's states",
            nullable = true,
            examples = "1922")
        Integer existedFrom,
    @Schema(
            description = "The last year a former state existed; null for today's states",
            nullable = true,
            examples = "1991")
        Integer existedTo,
    @Schema(
            description = "A former state's successors (ISO3 codes); empty for today's states",
            examples = "[\"RUS\", \"UKR\"]")
        List<String> successors,
    @Schema(
            description = "The successor that continued a former state's UN seat, if one did",
            nullable = true,
            examples = "RUS")
        String unSeatContinuedBy,
    @Schema(description = "Where a former state's years and successors were read", nullable = true)
        String sourceUrl,
    @Schema(description = "How a former state ended and what became of its seat", nullable = true)
        String note) {

  /** The status of a state that no longer exists. */
  public static final String FORMER = "former";

  /** Whether the state no longer exists. */
  public boolean former() {
    return existedTo != null;
  }

  /**
   * Whether the state existed at some time between two days: always for today's states (UN
   * admission is not when a state began, so they are not checked), within its years for a former
   * one.
   */
  public boolean existedBetween(LocalDate earliest, LocalDate latest) {
    return existedTo == null
        || (existedFrom == null || latest.getYear() >= existedFrom)
            && earliest.getYear() <= existedTo;
  }

  /** "1922–1991", the years a former state existed. */
  public String years() {
    return existedFrom + "–" + existedTo;
  }

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
          .add("aliases", v -> String.join(";", v.aliases()))
          .add("existed_from", v -> v.existedFrom() == null ? null : v.existedFrom().toString())
          .add("existed_to", v -> v.existedTo() == null ? null : v.existedTo().toString())
          .add("successors", v -> String.join(";", v.successors()))
          .add("un_seat_continued_by", StateView::unSeatContinuedBy);
}
