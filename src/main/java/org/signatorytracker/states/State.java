package org.signatorytracker.states;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Immutable;

/**
 * A state as the reference table describes it; shipped by migration, never edited through the API.
 */
@Entity
@Immutable
@Table(name = "state")
public class State extends PanacheEntityBase {

  @Id public String iso3;

  public String iso2;
  public String m49;
  public String name;

  @Column(name = "official_name")
  public String officialName;

  @Column(name = "un_status")
  public String unStatus;

  @Column(name = "regional_group")
  public String regionalGroup;

  @Column(name = "m49_region")
  public String m49Region;

  @Column(name = "m49_subregion")
  public String m49Subregion;

  @Column(name = "existed_from")
  public Integer existedFrom;

  @Column(name = "existed_to")
  public Integer existedTo;

  /** A former state's successors' ISO3 codes, separated by semicolons. */
  public String successors;

  @Column(name = "un_seat_continued_by")
  public String unSeatContinuedBy;

  @Column(name = "source_url")
  public String sourceUrl;

  public String note;

  @ElementCollection
  @CollectionTable(name = "state_alias", joinColumns = @JoinColumn(name = "iso3"))
  @Column(name = "alias")
  public Set<String> aliases;

  /** Every state with its aliases, in one query. */
  static List<State> listWithAliases() {
    return find("select distinct s from State s left join fetch s.aliases order by s.iso3").list();
  }

  StateView toView() {
    return new StateView(
        iso3,
        iso2,
        m49,
        name,
        officialName,
        unStatus,
        regionalGroup,
        m49Region,
        m49Subregion,
        aliases.stream().sorted().toList(),
        existedFrom,
        existedTo,
        successors == null || successors.isBlank() ? List.of() : List.of(successors.split(";")),
        unSeatContinuedBy,
        sourceUrl,
        note);
  }
}
