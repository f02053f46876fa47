package org.signatorytracker.transfer;

import static org.signatorytracker.transfer.Columns.PARTIAL_DATE;

import java.util.List;
import org.signatorytracker.transfer.Columns.Column;

/** The columns of the reference tables: issues, groups, their memberships, and states. */
final class ReferenceColumns {

  private ReferenceColumns() {}

  static final List<Column> ISSUES =
      List.of(
          Column.text("key", "Key of the issue, as statements name it").mandatory(),
          Column.text("title", "Title of the issue").mandatory(),
          Column.text("description", "What the issue is about"),
          Column.text(
              "sides",
              "The sides a statement of the issue can stand on, separated by ;, in order"));

  static final List<Column> GROUPS =
      List.of(
          Column.text("group", "Key of the group").mandatory(),
          Column.text("name", "Name of the group").mandatory(),
          Column.text("kind", "What the group is")
              .mandatory()
              .oneOf("un-body", "regional-organisation", "political-grouping", "other"),
          Column.text("description", "What the group is and how membership works"),
          Column.text("source_url", "Where the membership list comes from"));

  static final List<Column> MEMBERSHIPS =
      List.of(
          Column.text("group", "Key of the group").mandatory(),
          Column.text("iso3", "ISO3 code of the member state").mandatory(),
          Column.text(
                  "start",
                  "First day of membership: YYYY-MM-DD, YYYY-MM or YYYY (a month or year counts"
                      + " from its first day)")
              .mandatory()
              .pattern(PARTIAL_DATE),
          Column.text(
                  "end",
                  "Last day of membership, likewise (counts to its last day); empty for a member"
                      + " still")
              .pattern(PARTIAL_DATE),
          Column.text("source_url", "Where the period is documented"),
          Column.text("note", "The researcher's note"));

  static final List<Column> STATES =
      List.of(
          Column.text("iso3", "ISO 3166-1 alpha-3 code").mandatory().pattern("[A-Z]{3}"),
          Column.text("iso2", "ISO 3166-1 alpha-2 code (empty for a former state without one)")
              .pattern("[A-Z]{2}"),
          Column.text("m49", "UN M49 numeric code, three digits"),
          Column.text("name", "UN short name").mandatory(),
          Column.text("official_name", "UN formal name").mandatory(),
          Column.text("un_status", "Standing at the UN")
              .mandatory()
              .oneOf("member", "observer", "none", "former"),
          Column.text("un_regional_group", "UN regional group for electoral purposes")
              .oneOf("African", "Asia-Pacific", "Eastern European", "GRULAC", "WEOG"),
          Column.text("m49_region", "M49 region").mandatory(),
          Column.text("m49_subregion", "M49 sub-region").mandatory(),
          Column.text("aliases", "Other names used in UN documents and the press, separated by ;"),
          Column.text("existed_from", "The first year a former state existed").pattern("[0-9]{4}"),
          Column.text("existed_to", "The last year a former state existed").pattern("[0-9]{4}"),
          Column.text("successors", "A former state's successors' ISO3 codes, separated by ;"),
          Column.text("un_seat_continued_by", "The successor that continued its UN seat")
              .pattern("[A-Z]{3}"));
}
