package org.signatorytracker.states;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.CsvColumns;
import org.signatorytracker.common.PartialDate;

/** Groups as the API shows them. */
public final class GroupViews {

  private GroupViews() {}

  /** A group, with how many members it has today. */
  public record GroupView(
      String key,
      String name,
      String kind,
      String description,
      String sourceUrl,
      int membersToday,
      long version,
      Instant createdAt,
      Instant updatedAt) {

    public static final CsvColumns<GroupView> CSV =
        CsvColumns.of(GroupView.class)
            .add("key", GroupView::key)
            .add("name", GroupView::name)
            .add("kind", GroupView::kind)
            .add("members_today", GroupView::membersToday)
            .add("source_url", GroupView::sourceUrl)
            .add("description", GroupView::description);
  }

  /** A state's membership period. */
  public record MemberView(
      String iso3,
      String name,
      PartialDate start,
      @Schema(nullable = true) PartialDate end,
      String source,
      @Schema(nullable = true) String note) {}

  /** A group's members on a day. */
  public record GroupMembers(
      String key,
      String name,
      String kind,
      String description,
      String sourceUrl,
      LocalDate asOf,
      int count,
      List<MemberView> members) {}

  /** A group's every membership period. */
  public record GroupPeriods(String key, String name, int periods, List<MemberView> members) {}

  /** A membership as a row of {@code memberships.csv}. */
  public record MembershipRow(
      String group,
      String iso3,
      PartialDate start,
      PartialDate end,
      String sourceUrl,
      String note) {

    public static final List<String> HEADER =
        List.of("group", "iso3", "start", "end", "source_url", "note");

    public List<Object> cells() {
      return Arrays.asList(group, iso3, start, end, sourceUrl, note);
    }
  }
}
