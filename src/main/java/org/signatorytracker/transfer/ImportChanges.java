package org.signatorytracker.transfer;

/**
 * Imports as changes, for the feeds of what was recorded: an import is one revision, so one entry,
 * named by its number and files; so is its retraction.
 */
public final class ImportChanges {

  private ImportChanges() {}

  /**
   * The imports written or retracted in the revisions {@code :ids}, as (revision_id, import id,
   * files, retracted: whether this revision is the import's retraction).
   */
  public static final String OF_REVISIONS =
      """
      SELECT d.revision_id, d.id, d.files, FALSE FROM data_import d WHERE d.revision_id IN (:ids)
      UNION ALL
      SELECT d.retracted_revision_id, d.id, d.files, TRUE FROM data_import d
      WHERE d.retracted_revision_id IN (:ids)\
      """;
}
