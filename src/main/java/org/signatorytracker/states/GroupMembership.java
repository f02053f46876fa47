package org.signatorytracker.states;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.signatorytracker.common.AsRecorded;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.common.Revisioned;

/**
 * One continuous period of a state's membership of a group. A partial start counts from its first
 * day and a partial end to its last: membership is known for the whole period.
 */
@Entity
@Table(name = "group_membership")
public class GroupMembership extends Revisioned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_membership_seq")
  @SequenceGenerator(
      name = "group_membership_seq",
      sequenceName = "group_membership_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "group_id")
  public Long groupId;

  public String iso3;

  @Column(name = "start_text")
  public String startText;

  @Column(name = "start_on")
  public LocalDate startOn;

  @Column(name = "end_text")
  public String endText;

  @Column(name = "end_on")
  public LocalDate endOn;

  @Column(name = "source_url")
  public String sourceUrl;

  public String note;

  /** The revision that replaced this period (with the group's other ones); null while current. */
  @Column(name = "removed_in")
  public Long removedIn;

  PartialDate start() {
    return PartialDate.parse(startText);
  }

  PartialDate end() {
    return endText == null ? null : PartialDate.parse(endText);
  }

  /** Every current period of the group, by state and start. */
  static List<GroupMembership> ofGroup(long groupId) {
    return list("groupId = ?1 and removedIn is null order by iso3, startOn", groupId);
  }

  /** Every current period of these groups, by group, state and start. */
  static List<GroupMembership> ofGroups(Collection<Long> groupIds) {
    return list("groupId in ?1 and removedIn is null order by groupId, iso3, startOn", groupIds);
  }

  /** The current periods of these groups that include the day. */
  static List<GroupMembership> onDay(Collection<Long> groupIds, LocalDate day) {
    return list(
        "groupId in ?1 and startOn <= ?2 and (endOn is null or endOn >= ?2)"
            + " and removedIn is null order by groupId, iso3",
        groupIds,
        day);
  }

  /**
   * The periods of these groups that include the day, as the data recorded then had them: written
   * within it, and not replaced within it.
   */
  static List<GroupMembership> onDay(
      Collection<Long> groupIds, LocalDate day, AsRecorded recorded) {
    if (recorded.isNow()) {
      return onDay(groupIds, day);
    }
    return list(
        "groupId in ?1 and startOn <= ?2 and (endOn is null or endOn >= ?2)"
            + " and "
            + AsRecorded.within("revision", "?3", "?4")
            + " and (removedIn is null or not exists (select 1 from Revision x where x.id ="
            + " removedIn and "
            + AsRecorded.within("x", "?3", "?4")
            + "))"
            + " order by groupId, iso3",
        groupIds,
        day,
        recorded.throughRevision(),
        recorded.throughTime());
  }

  /** Marks the group's current periods replaced in the revision. */
  static long markReplaced(long groupId, long revisionId) {
    return update("removedIn = ?1 where groupId = ?2 and removedIn is null", revisionId, groupId);
  }
}
