package org.signatorytracker.transfer;

/**
 * The tables of one import; any may be absent. They load in one transaction: issues and groups
 * first, then statements (whose sides the issues declare), then the stages of statements, claims
 * and positions, which refer to statements, and claims about issues' sides.
 */
public record ImportFiles(
    ImportFile issues,
    ImportFile groups,
    ImportFile memberships,
    ImportFile statements,
    ImportFile claims,
    ImportFile positions,
    ImportFile stages,
    ImportFile sideClaims) {

  public ImportFiles(
      ImportFile issues,
      ImportFile groups,
      ImportFile memberships,
      ImportFile statements,
      ImportFile claims,
      ImportFile positions) {
    this(issues, groups, memberships, statements, claims, positions, null, null);
  }

  public ImportFiles(ImportFile statements, ImportFile claims, ImportFile positions) {
    this(null, null, null, statements, claims, positions);
  }

  static ImportFiles stages(ImportFile file) {
    return new ImportFiles(null, null, null, null, null, null, file, null);
  }

  static ImportFiles sideClaims(ImportFile file) {
    return new ImportFiles(null, null, null, null, null, null, null, file);
  }

  static ImportFiles statements(ImportFile file) {
    return new ImportFiles(file, null, null);
  }

  static ImportFiles claims(ImportFile file) {
    return new ImportFiles(null, file, null);
  }

  static ImportFiles positions(ImportFile file) {
    return new ImportFiles(null, null, file);
  }

  static ImportFiles issues(ImportFile file) {
    return new ImportFiles(file, null, null, null, null, null);
  }

  boolean isEmpty() {
    return issues == null
        && groups == null
        && memberships == null
        && statements == null
        && claims == null
        && positions == null
        && stages == null
        && sideClaims == null;
  }
}
