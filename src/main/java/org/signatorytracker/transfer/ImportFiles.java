package org.signatorytracker.transfer;

/**
 * The tables of one import; any may be absent. They load in one transaction, statements first,
 * since claims and positions refer to them.
 */
record ImportFiles(ImportFile statements, ImportFile claims, ImportFile positions) {

  static ImportFiles statements(ImportFile file) {
    return new ImportFiles(file, null, null);
  }

  static ImportFiles claims(ImportFile file) {
    return new ImportFiles(null, file, null);
  }

  static ImportFiles positions(ImportFile file) {
    return new ImportFiles(null, null, file);
  }

  boolean isEmpty() {
    return statements == null && claims == null && positions == null;
  }
}
