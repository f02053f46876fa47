package org.signatorytracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import org.signatorytracker.common.CsvOutput;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.IssueView;
import org.signatorytracker.states.GroupService;
import org.signatorytracker.states.GroupViews;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/** Writes the reference tables in the import format: states, declared issues, groups. */
@ApplicationScoped
public class ReferenceExports {

  @Inject StateDirectory states;
  @Inject IssueService issues;
  @Inject GroupService groups;

  static final ColumnWriters<IssueView> ISSUE_CELLS =
      ColumnWriters.<IssueView>of(ReferenceColumns.ISSUES)
          .column("key", IssueView::key)
          .column("title", IssueView::title)
          .column("description", IssueView::description)
          .column("sides", i -> String.join(";", i.sides()))
          .build();

  static final ColumnWriters<GroupViews.GroupView> GROUP_CELLS =
      ColumnWriters.<GroupViews.GroupView>of(ReferenceColumns.GROUPS)
          .column("group", GroupViews.GroupView::key)
          .column("name", GroupViews.GroupView::name)
          .column("kind", GroupViews.GroupView::kind)
          .column("description", GroupViews.GroupView::description)
          .column("source_url", GroupViews.GroupView::sourceUrl)
          .build();

  static final ColumnWriters<GroupViews.MembershipRow> MEMBERSHIP_CELLS =
      ColumnWriters.<GroupViews.MembershipRow>of(ReferenceColumns.MEMBERSHIPS)
          .column("group", GroupViews.MembershipRow::group)
          .column("iso3", GroupViews.MembershipRow::iso3)
          .column("start", GroupViews.MembershipRow::start)
          .column("end", GroupViews.MembershipRow::end)
          .column("source_url", GroupViews.MembershipRow::sourceUrl)
          .column("note", GroupViews.MembershipRow::note)
          .build();

  static final ColumnWriters<StateView> STATE_CELLS =
      ColumnWriters.<StateView>of(ReferenceColumns.STATES)
          .column("iso3", StateView::iso3)
          .column("iso2", StateView::iso2)
          .column("m49", StateView::m49)
          .column("name", StateView::name)
          .column("official_name", StateView::officialName)
          .column("un_status", StateView::unStatus)
          .column("un_regional_group", StateView::regionalGroup)
          .column("m49_region", StateView::m49Region)
          .column("m49_subregion", StateView::m49Subregion)
          .column("aliases", s -> String.join(";", s.aliases()))
          .column("existed_from", s -> s.existedFrom() == null ? null : s.existedFrom().toString())
          .column("existed_to", s -> s.existedTo() == null ? null : s.existedTo().toString())
          .column("successors", s -> String.join(";", s.successors()))
          .column("un_seat_continued_by", StateView::unSeatContinuedBy)
          .build();

  /** Writes the declared issues with their sides; returns the number of rows. */
  long writeIssues(OutputStream out) throws IOException {
    CsvOutput csv = new CsvOutput(out, ISSUE_CELLS.header());
    long rows = 0;
    for (IssueView issue : issues.list()) {
      if (issue.declared()) {
        csv.row(ISSUE_CELLS.row(issue));
        rows++;
      }
    }
    csv.flush();
    return rows;
  }

  /** Writes the groups; returns the number of rows. */
  long writeGroups(OutputStream out) throws IOException {
    CsvOutput csv = new CsvOutput(out, GROUP_CELLS.header());
    List<GroupViews.GroupView> all = groups.list();
    for (GroupViews.GroupView g : all) {
      csv.row(GROUP_CELLS.row(g));
    }
    csv.flush();
    return all.size();
  }

  /** Writes every group's membership periods; returns the number of rows. */
  long writeMemberships(OutputStream out) throws IOException {
    CsvOutput csv = new CsvOutput(out, MEMBERSHIP_CELLS.header());
    List<GroupViews.MembershipRow> rows = groups.export(List.of());
    for (GroupViews.MembershipRow row : rows) {
      csv.row(MEMBERSHIP_CELLS.row(row));
    }
    csv.flush();
    return rows.size();
  }

  /** Writes the reference table of states; returns the number of rows. */
  long writeStates(OutputStream out) throws IOException {
    CsvOutput csv = new CsvOutput(out, STATE_CELLS.header());
    // the states of the past too: memberships of the UN and records of votes name them
    List<StateView> all =
        java.util.stream.Stream.concat(states.all().stream(), states.former().stream())
            .sorted(Comparator.comparing(StateView::iso3))
            .toList();
    for (StateView s : all) {
      csv.row(STATE_CELLS.row(s));
    }
    csv.flush();
    return all.size();
  }
}
