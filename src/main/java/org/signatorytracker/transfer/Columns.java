package org.signatorytracker.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.signatorytracker.statements.StatementRequest;

/**
 * The exchange format, column by column: the names, aliases, types and patterns that imports check
 * a header against and that the data package's table schemas describe, and the order of every
 * exported file. Exports write each column by its name ({@link ColumnWriters}, which refuses a
 * column left unwritten or a name the format lacks); imports read each by its name ({@link
 * RowReader}); ColumnWritersTest holds both to these lists.
 */
final class Columns {

  private Columns() {}

  /** XML Schema regular expressions, as Frictionless table schemas use: implicitly anchored. */
  static final String PARTIAL_DATE = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";

  /** A day, month or year, or an interval between two of them (EDTF level 1, closed end). */
  static final String UNCERTAIN_DATE = "((\\.\\.|" + PARTIAL_DATE + ")/)?" + PARTIAL_DATE;

  static final String ISO_DAY = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

  /**
   * One column: its name, Frictionless type, whether a row needs it, what it holds, and older names
   * an import still reads it under.
   */
  record Column(
      String name,
      String type,
      boolean required,
      String description,
      String pattern,
      List<String> values,
      List<String> aliases) {

    static Column text(String name, String description) {
      return new Column(name, "string", false, description, null, List.of(), List.of());
    }

    Column mandatory() {
      return new Column(name, type, true, description, pattern, values, aliases);
    }

    Column pattern(String regex) {
      return new Column(name, type, required, description, regex, values, aliases);
    }

    Column oneOf(String... allowed) {
      return new Column(name, type, required, description, pattern, List.of(allowed), aliases);
    }

    Column integer() {
      return new Column(name, "integer", required, description, pattern, values, aliases);
    }

    Column alias(String older) {
      return new Column(name, type, required, description, pattern, values, List.of(older));
    }
  }

  /** The source columns, alike in every table that cites sources. */
  private static List<Column> sources(String cited) {
    return List.of(
        Column.text(
            "source_url",
            "URL of each source of the "
                + cited
                + ", separated by spaces, or one per line in the cell"),
        Column.text("source_title", "Title of the source; with several sources, one per line"),
        Column.text(
            "source_publisher", "Publisher of the source; with several sources, one per line"),
        // one value per line with several sources: no pattern or enum can describe the cell
        Column.text(
            "source_published",
            "Publication date of the source (YYYY-MM-DD, YYYY-MM or YYYY); one per line"),
        Column.text(
            "source_kind",
            "What kind of evidence the source is: OFFICIAL, PRESS, ANONYMOUS or OTHER (empty means"
                + " OTHER); one per line"),
        Column.text(
            "source_via",
            "Whom the source relies on, from the nearest back to the origin, as a JSON list of"
                + " links: [{\"kind\": \"ANONYMOUS\", \"note\": \"three diplomats\"}], each with a"
                + " kind (OFFICIAL, PRESS, ANONYMOUS or OTHER), a title or a note; empty for none;"
                + " one list per line"));
  }

  /**
   * The first and last day a date column allows, written by exports so that R and pandas never read
   * "2019" as 1 January; imports ignore them.
   */
  private static List<Column> resolved(String column, String what) {
    return List.of(
        Column.text(
                column + "_earliest",
                "First day " + what + " allows (empty for an open start); read, not imported")
            .pattern(ISO_DAY),
        Column.text(
                column + "_latest",
                "Last day " + what + " allows, from which it counts; read, not imported")
            .pattern(ISO_DAY));
  }

  @SafeVarargs
  private static List<Column> concat(List<Column>... parts) {
    return Arrays.stream(parts).flatMap(List::stream).toList();
  }

  static final List<Column> STATEMENTS =
      concat(
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
                      "Date delivered, read out or voted: YYYY-MM-DD, YYYY-MM, YYYY or an interval"
                          + " (2019-07-26/2019-10-01, ../2019-10-01); empty if unknown")
                  .pattern(UNCERTAIN_DATE),
              Column.text("issue", "Topic key, e.g. xinjiang"),
              Column.text("side", "The statement's side on its issue, e.g. critical or supportive"),
              Column.text(
                      "vote_sides",
                      "A vote's options mapped to sides of its issue, e.g."
                          + " YES=critical;NO=supportive")
                  .pattern("((YES|NO)=[^;=]+)(;(YES|NO)=[^;=]+)?"),
              Column.text(
                  "issues",
                  "Every issue it stands in with its side there, separated by ;, e.g."
                      + " xinjiang=critical;hong-kong=critical (a vote:"
                      + " xinjiang=YES:critical,NO:supportive); issue, side and vote_sides are the"
                      + " first of them"),
              Column.text(
                      "outcome", "A vote's official result and its day, e.g. REJECTED 2022-10-06")
                  .pattern("(ADOPTED|REJECTED) " + ISO_DAY),
              Column.text("lead_states", "ISO3 codes of the states that led it, separated by ;"),
              Column.text(
                      "reported_count",
                      "Read by imports as a claim of the statement's count on its date, citing its"
                          + " sources; exports leave it empty and write every claim, with its own"
                          + " date, to claims.csv")
                  .integer(),
              Column.text("addressee", "To whom it was addressed"),
              Column.text("summary", "What it says"),
              Column.text("quote", "Its text as its sources quote it"),
              Column.text(
                  "notes", "The researcher's notes: what is known that the sources do not say"),
              Column.text(
                      "list_status",
                      "A declared list: COMPLETE (the final list is known, e.g. printed in an"
                          + " annex), PARTIAL (only some names are known) or NONE (no list of"
                          + " names was ever published); empty when none is declared")
                  .oneOf("COMPLETE", "PARTIAL", "NONE"),
              Column.text("list_note", "A note on the declared list"),
              Column.text("list_source_url", "URL of the declared list's source"),
              Column.text("list_source_title", "Title of the declared list's source"),
              Column.text("list_source_publisher", "Publisher of the declared list's source"),
              Column.text(
                      "list_source_published",
                      "Publication date of the declared list's source (YYYY-MM-DD, YYYY-MM or"
                          + " YYYY)")
                  .pattern(PARTIAL_DATE),
              Column.text(
                      "list_source_kind",
                      "What kind of evidence the declared list's source is (empty means OTHER)")
                  .oneOf("OFFICIAL", "PRESS", "ANONYMOUS", "OTHER"),
              Column.text(
                  "list_source_via",
                  "Whom the declared list's source relies on, as source_via (a JSON list of"
                      + " links)")),
          sources("statement").stream()
              .map(c -> c.name().equals("source_url") ? c.alias("url") : c)
              .toList(),
          resolved("date", "the statement's date"));

  static final List<Column> POSITIONS =
      concat(
          List.of(
              Column.text("statement", "Key of the statement").mandatory(),
              Column.text(
                      "state",
                      "ISO3 code of the state (imports also accept ISO2 codes, UN names and"
                          + " aliases)")
                  .mandatory(),
              Column.text("action", "SIGNED or WITHDREW for letters and joint statements; a vote")
                  .mandatory()
                  .oneOf("SIGNED", "WITHDREW", "YES", "NO", "ABSTAIN", "NOT_VOTING"),
              Column.text(
                      "date",
                      "When the position took effect: YYYY-MM-DD, YYYY-MM, YYYY or an interval"
                          + " (2019-07-26/2019-10-01, ../2019-10-01); it counts from the last day"
                          + " it allows. Empty when the sources give no date: it then counts from"
                          + " its reported date, or without one from the day it is recorded")
                  .pattern(UNCERTAIN_DATE),
              Column.text(
                      "reported",
                      "When it became public, in the same notation; empty means the same as date"
                          + " (both empty: known from the day it is recorded)")
                  .pattern(UNCERTAIN_DATE),
              Column.text("confidence", "How sure the record is; empty means REPORTED")
                  .oneOf("CONFIRMED", "REPORTED", "DISPUTED"),
              Column.text(
                      "role",
                      "The part the state took: SIGNATORY (empty means so), LEAD (delivered or"
                          + " coordinated it) or SPONSOR (of a draft resolution)")
                  .oneOf("SIGNATORY", "LEAD", "SPONSOR"),
              Column.text("note", "The researcher's note"),
              Column.text("quote", "The words its sources quote, e.g. a delegate's or the text's"),
              Column.text(
                  "retraction_reason",
                  "Why the record was retracted; empty for a record that stands"),
              Column.text(
                      "review",
                      "Empty for a record written without review; PENDING while it waits for review"
                          + " (it counts nowhere; an import keeps it waiting), CONFIRMED once"
                          + " another editor confirmed it, REJECTED if rejected (it never counts)."
                          + " Only CONFIRMED ones come along unless retracted ones are asked for")
                  .oneOf("PENDING", "CONFIRMED", "REJECTED"),
              Column.text("review_reason", "Why it was rejected on review")),
          sources("record"),
          resolved("date", "the date the position took effect"),
          resolved("reported", "the date it became public"),
          List.of(
              Column.text(
                  "reviewed_by",
                  "Who confirmed or rejected it on review; read, not imported (an import's"
                      + " decisions are its importer's)"),
              Column.text(
                  "recorded_at",
                  "When the record was committed (UTC, to the microsecond); read, not imported"),
              Column.text(
                  "retracted_at",
                  "When its retraction was committed; empty for a record that stands; read, not"
                      + " imported")));

  static final List<Column> STAGES =
      concat(
          List.of(
              Column.text("statement", "Key of the statement").mandatory(),
              Column.text(
                      "stage",
                      "A stage of its life: CIRCULATING (being gathered), DELIVERED (read out, sent"
                          + " or handed over), PUBLISHED (its text or list made public) or"
                          + " ABANDONED (reported dropped); each once per statement")
                  .mandatory()
                  .oneOf("CIRCULATING", "DELIVERED", "PUBLISHED", "ABANDONED"),
              Column.text(
                      "date",
                      "When, as the sources give it: YYYY-MM-DD, YYYY-MM, YYYY or an interval"
                          + " (2022-06-15/2022-06-30 for late June); empty when they do not say")
                  .pattern(UNCERTAIN_DATE),
              Column.text("note", "What else is known of the stage")),
          sources("stage"),
          resolved("date", "the stage's date"));

  static final List<Column> SIDE_CLAIMS =
      concat(
          List.of(
              Column.text("issue", "Key of the issue").mandatory(),
              Column.text("side", "The side the claim is about: one the issue declares")
                  .mandatory(),
              Column.text(
                      "count",
                      "Number of states the source says stand on the side (a range's low end)")
                  .mandatory()
                  .integer(),
              Column.text(
                      "bound",
                      "How the source bounds the count: EXACT (empty), ABOUT, NEARLY, AT_LEAST,"
                          + " AT_MOST, or RANGE (with count_to)")
                  .oneOf("EXACT", "ABOUT", "NEARLY", "AT_LEAST", "AT_MOST", "RANGE"),
              Column.text("count_to", "A RANGE's high end").integer(),
              Column.text(
                      "on",
                      "When the source says so: YYYY-MM-DD, YYYY-MM, YYYY or an interval; the claim"
                          + " counts from the last day it allows")
                  .mandatory()
                  .pattern(UNCERTAIN_DATE),
              Column.text("quote", "The source's own words"),
              Column.text("note", "The researcher's note"),
              Column.text(
                  "retraction_reason",
                  "Why the claim was retracted; empty for a claim that stands")),
          sources("claim"),
          resolved("on", "the claim's date"),
          List.of(
              Column.text(
                  "recorded_at",
                  "When the claim was committed (UTC, to the microsecond); read, not imported"),
              Column.text(
                  "retracted_at",
                  "When its retraction was committed; empty for a claim that stands; read, not"
                      + " imported")));

  static final List<Column> CLAIMS =
      concat(
          List.of(
              Column.text("statement", "Key of the statement").mandatory(),
              Column.text(
                      "count",
                      "Number of states the source says the statement has (a range's low end)")
                  .mandatory()
                  .integer(),
              Column.text(
                      "on",
                      "When the source says so: YYYY-MM-DD, YYYY-MM, YYYY or an interval; the claim"
                          + " counts from the last day it allows")
                  .mandatory()
                  .pattern(UNCERTAIN_DATE),
              Column.text("note", "The researcher's note"),
              Column.text(
                  "retraction_reason",
                  "Why the claim was retracted; empty for a claim that stands"),
              Column.text(
                      "review",
                      "Empty for a claim written without review; PENDING while it waits for review"
                          + " (it counts nowhere; an import keeps it waiting), CONFIRMED once"
                          + " another editor confirmed it, REJECTED if rejected (it never counts)."
                          + " Only CONFIRMED ones come along unless retracted ones are asked for")
                  .oneOf("PENDING", "CONFIRMED", "REJECTED"),
              Column.text("review_reason", "Why it was rejected on review")),
          sources("claim"),
          // after the columns older files have, so that they keep their places
          List.of(
              Column.text(
                      "bound",
                      "How the source bounds the count: EXACT (empty), ABOUT (\"some 60\"), NEARLY"
                          + " (\"nearly 100\": below it), AT_LEAST (\"more than 40\" is AT_LEAST"
                          + " 41), AT_MOST, or RANGE (with count_to)")
                  .oneOf("EXACT", "ABOUT", "NEARLY", "AT_LEAST", "AT_MOST", "RANGE"),
              Column.text("count_to", "A RANGE's high end (\"between 64 and 65\": 64 to 65)")
                  .integer(),
              Column.text("quote", "The source's own words, as it reports the count")),
          resolved("on", "the claim's date"),
          List.of(
              Column.text(
                  "reviewed_by",
                  "Who confirmed or rejected it on review; read, not imported (an import's"
                      + " decisions are its importer's)"),
              Column.text(
                  "recorded_at",
                  "When the claim was committed (UTC, to the microsecond); read, not imported"),
              Column.text(
                  "retracted_at",
                  "When its retraction was committed; empty for a claim that stands; read, not"
                      + " imported")));

  static List<String> names(List<Column> columns) {
    return columns.stream().map(Column::name).toList();
  }

  static Optional<Column> find(List<Column> columns, String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
