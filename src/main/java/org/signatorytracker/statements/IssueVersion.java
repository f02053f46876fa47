package org.signatorytracker.statements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Immutable;
import org.signatorytracker.common.AsRecorded;
import org.signatorytracker.common.Revisioned;

/** An issue's title, description and sides as one revision left them. */
@Entity
@Immutable
@Table(name = "issue_version")
public class IssueVersion extends Revisioned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issue_version_seq")
  @SequenceGenerator(
      name = "issue_version_seq",
      sequenceName = "issue_version_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "issue_key")
  public String issueKey;

  public String title;
  public String description;

  /** The sides in order, separated by ';' (side names cannot contain one). */
  public String sides;

  static void record(Issue issue) {
    IssueVersion v = new IssueVersion();
    v.issueKey = issue.issueKey;
    v.title = issue.title;
    v.description = issue.description;
    v.sides = String.join(";", issue.sides);
    v.persist();
  }

  List<String> sideList() {
    return sides.isEmpty() ? List.of() : Arrays.asList(sides.split(";"));
  }

  /** The issue's latest version within the data as recorded then; empty before it was declared. */
  static Optional<IssueVersion> asRecorded(String key, AsRecorded recorded) {
    return find(
            "from IssueVersion v where v.issueKey = ?1 and "
                + AsRecorded.within("v.revision", "?2", "?3")
                + " order by v.revision.number desc",
            Issue.canonicalKey(key),
            recorded.throughRevision(),
            recorded.throughTime())
        .firstResultOptional();
  }
}
