package org.signatorytracker.statements;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** How a statement or a version of one stores an issue it stands in ({@link IssueSide}). */
@Embeddable
public class StatementIssue {

  public String issue;
  public String side;

  /** A vote's options mapped to sides, as {@link VoteSides} writes them; null for none. */
  @Column(name = "vote_sides")
  public String voteSides;

  static StatementIssue of(IssueSide given) {
    StatementIssue stored = new StatementIssue();
    stored.issue = given.issue();
    stored.side = given.side();
    stored.voteSides = VoteSides.format(given.voteSides());
    return stored;
  }

  IssueSide toIssueSide() {
    return new IssueSide(issue, side, voteSides == null ? null : VoteSides.parse(voteSides));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StatementIssue other
        && Objects.equals(issue, other.issue)
        && Objects.equals(side, other.side)
        && Objects.equals(voteSides, other.voteSides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(issue, side, voteSides);
  }
}
