package org.signatorytracker.transfer;

/** What the import operations say of themselves in the API description. */
final class ImportDescriptions {

  private ImportDescriptions() {}

  /** What every import answers. */
  static final String REPORTED = "What the import created, changed and left unchanged";

  static final String STATEMENTS_SUMMARY = "Import a statements table";

  static final String STATEMENTS_DESCRIPTION =
      "A CSV or TSV table (UTF-8, comma, tab or semicolon, with or without byte-order mark) as"
          + " the body (`text/csv` or `text/tab-separated-values`) or as the"
          + " multipart part `file`. Every row is checked as the API checks a request and every"
          + " problem is reported at once with its row number, column and value (422, nothing"
          + " written). Statements are matched by key: the changed columns are reported,"
          + " unchanged ones left alone; `dryRun=true` reports what would happen and writes"
          + " nothing.";

  static final String CLAIMS_SUMMARY = "Import a claims table";

  static final String CLAIMS_DESCRIPTION =
      "A CSV or TSV table of claims of statements' counts, as the body or as the multipart part"
          + " `file`; a claim identical to one stored is left as it is, and a"
          + " `retraction_reason` retracts it. Every problem of every row is reported at once"
          + " (422, nothing written); `dryRun=true` writes nothing.";

  static final String STAGES_SUMMARY = "Import a stages table";

  static final String STAGES_DESCRIPTION =
      "A CSV or TSV table of the stages of statements' lives (stages.csv: statement, stage, date,"
          + " note, sources), as the body or as the multipart part `file`. The rows of a"
          + " statement replace the stages it had (statements the file does not name keep"
          + " theirs); a statement whose stages change is reported as changed. Every problem of"
          + " every row is reported at once (422, nothing written); `dryRun=true` writes"
          + " nothing.";

  static final String SIDE_CLAIMS_SUMMARY = "Import a table of claims about issues' sides";

  static final String SIDE_CLAIMS_DESCRIPTION =
      "A CSV or TSV table of claims about the sides of issues (side-claims.csv: issue, side,"
          + " count, bound, count_to, on, quote, note, sources), as the body or as the multipart"
          + " part `file`; the side must be one the issue declares. A claim identical to one"
          + " stored is left as it is, and a `retraction_reason` retracts it; they count with the"
          + " claims in the report. Every problem of every row is reported at once (422, nothing"
          + " written); `dryRun=true` writes nothing.";

  static final String POSITIONS_SUMMARY = "Import a positions table";

  static final String POSITIONS_DESCRIPTION =
      "A CSV or TSV table of position records, as the body or as the multipart part `file`; it"
          + " streams through in batches, so a file of a million rows imports in constant"
          + " memory. A record identical to one stored is left as it is, and a"
          + " `retraction_reason` retracts it. Every problem of every row is reported at once"
          + " (422, nothing written); positions of a statement refused or unknown are reported"
          + " once per statement. `dryRun=true` writes nothing.";

  static final String SEVERAL_SUMMARY =
      "Import several tables, or a data package, in one transaction";

  static final String SEVERAL_DESCRIPTION =
      "The multipart parts `issues`, `groups`, `memberships`, `statements`, `claims` and"
          + " `positions` (any may be absent) load in one transaction, in that order; or the part"
          + " `package` (or an `application/zip` body) holds a data package exported by `GET"
          + " /api/export/datapackage.zip` (any subset of its tables), which imports into an empty"
          + " instance and gives the same answers. Every problem of every"
          + " row is reported at once (422, nothing written); `dryRun=true` writes nothing.";

  static final String DRY_RUN =
      "true: check the files and report what would be created, changed and left unchanged,"
          + " writing nothing";
  static final String ISSUES_SUMMARY = "Import an issues table";

  static final String ISSUES_DESCRIPTION =
      "A CSV or TSV table of issues and their sides (the columns of a data package's issues.csv),"
          + " as the body or as the multipart part `file`: an issue named is created or its title,"
          + " description and sides replaced, as `PUT /api/issues/{issue}` does. Every problem of"
          + " every row is reported at once (422, nothing written); `dryRun=true` writes nothing.";
}
