package org.signatorytracker.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.signatorytracker.common.Revision;
import org.signatorytracker.common.Revisioned;

/**
 * An import that wrote something: who ran it, which files, what it wrote. Its revision is that of
 * its one transaction, so the records and claims it wrote are those of that revision.
 */
@Entity
@Table(name = "data_import")
public class DataImport extends Revisioned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_import_seq")
  @SequenceGenerator(
      name = "data_import_seq",
      sequenceName = "data_import_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "imported_by")
  public String importedBy;

  public String files;
  public String summary;

  @Column(name = "records_written")
  public long recordsWritten;

  @Column(name = "claims_written")
  public long claimsWritten;

  @Column(name = "retraction_reason")
  public String retractionReason;

  @Column(name = "retracted_by")
  public String retractedBy;

  @Column(name = "retracted_revision_id")
  public Long retractedRevisionId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "retracted_revision_id", insertable = false, updatable = false)
  public Revision retractedRevision;
}
