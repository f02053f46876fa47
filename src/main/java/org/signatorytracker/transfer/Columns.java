package org.signatorytracker.transfer;

import java.util.List;
import java.util.Optional;
import org.signatorytracker.statements.StatementRequest;

/**
 * The exchange format, column by column: what imports read, what exports write, and what the data
 * package's table schemas describe. One definition serves all three.
 */
final class Columns {

  private Columns() {}

  /** XML Schema regular expressions, as Frictionless table schemas use: implicitly anchored. */
  static final String PARTIAL_DATE = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";

  /** One column: its name, Frictionless type, whether a row needs it, and what it holds. */
  record Column(
      String name,
      String type,
      boolean required,
      String description,
      String pattern,
      List<String> values) {

    static Column text(String name, String description) {
      return new Column(name, "string", false, description, null, List.of());
    }

    Column mandatory() {
      return new Column(name, type, true, description, pattern, values);
    }

    Column pattern(String regex) {
      return new Column(name, type, required, description, regex, values);
    }

    Column oneOf(String... allowed) {
      return new Column(name, type, required, description, pattern, List.of(allowed));
    }

    Column integer() {
      return new Column(name, "integer", required, description, pattern, values);
    }
  }

  static final List<Column> STATEMENTS =
      List.of(
          Column.text("key", "Stable identifier of the statement, chosen by the researcher")
              .mandatory()
              .pattern(StatementRequest.KEY_PATTERN),
          Column.text("title", "Title of the letter, joint statement or vote").mandatory(),
          Column.text("kind", "What the statement is")
              .mandatory()
              .oneOf("LETTER", "JOINT_STATEMENT", "VOTE"),
          Column.text("forum", "Where it was delivered, e.g. UN Human Rights Council"),
          Column.text("session", "Session, e.g. HRC41"),
          Column.text(
                  "date",
                  "Date delivered, read out or voted: YYYY-MM-DD, YYYY-MM or YYYY; empty if unknown")
              .pattern(PARTIAL_DATE),
          Column.text("issue", "Topic key, e.g. xinjiang"),
          Column.text("side", "The statement's side on its issue, e.g. critical or supportive"),
          Column.text("lead_states", "ISO3 codes of the states that led it, separated by ;"),
          Column.text(
                  "reported_count",
                  "Number of signatories the sources report, named or not; empty if unknown")
              .integer(),
          Column.text("addressee", "To whom it was addressed"),
          Column.text("url", "Where its text can be read"),
          Column.text("summary", "What it says"));

  static final List<Column> POSITIONS =
      List.of(
          Column.text("statement", "Key of the statement").mandatory(),
          Column.text(
                  "state",
                  "ISO3 code of the state (imports also accept ISO2 codes, UN names and aliases)")
              .mandatory(),
          Column.text("action", "SIGNED or WITHDREW for letters and joint statements; a vote")
              .mandatory()
              .oneOf("SIGNED", "WITHDREW", "YES", "NO", "ABSTAIN", "NOT_VOTING"),
          Column.text("date", "When the position took effect: YYYY-MM-DD, YYYY-MM or YYYY")
              .mandatory()
              .pattern(PARTIAL_DATE),
          Column.text("reported", "When it became public; empty means the same as date")
              .pattern(PARTIAL_DATE),
          Column.text("confidence", "How sure the record is; empty means REPORTED")
              .oneOf("CONFIRMED", "REPORTED", "DISPUTED"),
          Column.text(
              "source_url", "URL of each source, separated by spaces, or one per line in the cell"),
          Column.text("source_title", "Title of the source; with several sources, one per line"),
          Column.text("note", "The researcher's note"),
          Column.text(
              "source_publisher", "Publisher of the source; with several sources, one per line"),
          Column.text(
              "source_published",
              "Publication date of the source (YYYY-MM-DD, YYYY-MM or YYYY); one per line"),
          Column.text(
              "retraction_reason", "Why the record was retracted; empty for a record that stands"));

  static final List<Column> STATES =
      List.of(
          Column.text("iso3", "ISO 3166-1 alpha-3 code").mandatory().pattern("[A-Z]{3}"),
          Column.text("iso2", "ISO 3166-1 alpha-2 code").mandatory().pattern("[A-Z]{2}"),
          Column.text("m49", "UN M49 numeric code, three digits"),
          Column.text("name", "UN short name").mandatory(),
          Column.text("official_name", "UN formal name").mandatory(),
          Column.text("un_status", "Standing at the UN")
              .mandatory()
              .oneOf("member", "observer", "none"),
          Column.text("un_regional_group", "UN regional group for electoral purposes")
              .oneOf("African", "Asia-Pacific", "Eastern European", "GRULAC", "WEOG"),
          Column.text("m49_region", "M49 region").mandatory(),
          Column.text("m49_subregion", "M49 sub-region").mandatory(),
          Column.text("aliases", "Other names used in UN documents and the press, separated by ;"));

  static List<String> names(List<Column> columns) {
    return columns.stream().map(Column::name).toList();
  }

  static Optional<Column> find(List<Column> columns, String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
