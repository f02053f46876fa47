package org.signatorytracker.states;

import static org.signatorytracker.common.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.signatorytracker.common.AsRecorded;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.common.Revisions;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.Timestamps;
import org.signatorytracker.security.AuditLog;
import org.signatorytracker.states.GroupRequests.Member;
import org.signatorytracker.states.GroupRequests.NewGroup;
import org.signatorytracker.states.GroupViews.GroupMembers;
import org.signatorytracker.states.GroupViews.GroupPeriods;
import org.signatorytracker.states.GroupViews.GroupView;
import org.signatorytracker.states.GroupViews.MemberView;
import org.signatorytracker.states.GroupViews.MembershipRow;

/** Groups of states and their dated memberships. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GroupService {

  @Inject StateDirectory states;
  @Inject AuditLog audit;
  @Inject Revisions revisions;

  public List<GroupView> list() {
    List<StateGroup> groups = StateGroup.all();
    Map<Long, Integer> today = new HashMap<>();
    if (!groups.isEmpty()) {
      for (GroupMembership m :
          GroupMembership.onDay(groups.stream().map(g -> g.id).toList(), today())) {
        today.merge(m.groupId, 1, Integer::sum);
      }
    }
    return groups.stream().map(g -> view(g, today.getOrDefault(g.id, 0))).toList();
  }

  @Transactional
  public GroupView create(NewGroup request) {
    if (StateGroup.findByKey(request.key()).isPresent()) {
      throw new ConflictException(
          "A group with key '"
              + StateGroup.canonicalKey(request.key())
              + "' already exists; set its members with PUT /api/groups/"
              + StateGroup.canonicalKey(request.key())
              + "/members.");
    }
    StateGroup group = new StateGroup();
    group.groupKey = StateGroup.canonicalKey(request.key());
    group.name = request.name().strip();
    group.kind = request.kind();
    group.description = blankToNull(request.description());
    group.sourceUrl = blankToNull(request.sourceUrl());
    group.createdAt = Timestamps.now();
    group.updatedAt = group.createdAt;
    group.persistAndFlush();
    audit.revision("group.created", "group", group.groupKey, null, request);
    return view(group, 0);
  }

  /** The group's members on the day. */
  public GroupMembers members(String key, LocalDate asOf) {
    StateGroup group = require(key);
    List<MemberView> members = new ArrayList<>();
    for (GroupMembership m : GroupMembership.onDay(List.of(group.id), asOf)) {
      members.add(memberView(m));
    }
    members.sort(Comparator.comparing(MemberView::iso3, states.byName()));
    return new GroupMembers(
        group.groupKey,
        group.name,
        group.kind,
        group.description,
        group.sourceUrl,
        asOf,
        members.size(),
        members);
  }

  /**
   * Replaces every membership period of the group.
   *
   * @throws InvalidInputException naming every period that names no state, ends before it starts or
   *     overlaps another period of the same state
   */
  @Transactional
  public GroupPeriods replaceMembers(String key, List<Member> members) {
    StateGroup group = StateGroup.lockedByKey(key).orElseThrow(() -> notFound("key", key));
    List<FieldError> errors = new ArrayList<>();
    List<GroupMembership> periods = periods(group, members, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return replace(group, periods);
  }

  /**
   * The periods the members describe; adds a problem (its field {@code [index].column}) for each
   * member that names no state, ends before it starts or overlaps another period of its state.
   * Members without a start are left out: their problem was found when they were read.
   */
  List<GroupMembership> periods(StateGroup group, List<Member> members, List<FieldError> errors) {
    List<GroupMembership> periods = new ArrayList<>();
    Map<GroupMembership, Integer> given = new IdentityHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      String field = "[" + i + "]";
      Optional<StateView> state = states.find(m.state());
      if (state.isEmpty()) {
        errors.add(states.problem(field + ".state", m.state()));
        continue;
      }
      if (m.start() == null) {
        continue;
      }
      if (m.end() != null && m.end().lastDay().isBefore(m.start().firstDay())) {
        errors.add(
            new FieldError(
                field + ".end", "is before start (" + m.start() + ")", m.end().toString()));
        continue;
      }
      if (!Source.isUrl(m.source())) {
        errors.add(new FieldError(field + ".source", Source.URL_MESSAGE, m.source()));
        continue;
      }
      GroupMembership period = period(group.id, state.get().iso3(), m);
      periods.add(period);
      given.put(period, i);
    }
    errors.addAll(overlaps(periods, given));
    return periods;
  }

  GroupPeriods replace(StateGroup group, List<GroupMembership> periods) {
    List<String> before = summary(GroupMembership.ofGroup(group.id));
    List<String> after = summary(periods);
    if (!before.equals(after)) {
      // periods are never deleted, so that answers as recorded earlier still see them
      GroupMembership.markReplaced(group.id, revisions.current());
      GroupMembership.persist(periods);
      group.updatedAt = Timestamps.now();
      audit.revision("group.members.replaced", "group", group.groupKey, before, after);
    }
    GroupMembership.flush();
    List<MemberView> views = new ArrayList<>();
    for (GroupMembership m : GroupMembership.ofGroup(group.id)) {
      views.add(memberView(m));
    }
    return new GroupPeriods(group.groupKey, group.name, views.size(), views);
  }

  /** What the audit trail keeps of a group's members: one line per period. */
  private static List<String> summary(List<GroupMembership> periods) {
    List<String> lines = new ArrayList<>();
    for (GroupMembership m : periods) {
      lines.add(
          m.iso3
              + " "
              + m.startText
              + ".."
              + (m.endText == null ? "" : m.endText)
              + " "
              + Objects.toString(m.sourceUrl, "")
              + " "
              + Objects.toString(m.note, ""));
    }
    lines.sort(null);
    return lines;
  }

  private static GroupMembership period(long groupId, String iso3, Member m) {
    GroupMembership period = new GroupMembership();
    period.groupId = groupId;
    period.iso3 = iso3;
    period.startText = m.start().toString();
    period.startOn = m.start().firstDay();
    period.endText = m.end() == null ? null : m.end().toString();
    period.endOn = m.end() == null ? null : m.end().lastDay();
    period.sourceUrl = blankToNull(m.source());
    period.note = blankToNull(m.note());
    return period;
  }

  /** Periods of the same state that share a day. */
  private static List<FieldError> overlaps(
      List<GroupMembership> periods, Map<GroupMembership, Integer> given) {
    Map<String, List<GroupMembership>> byState = new HashMap<>();
    periods.forEach(p -> byState.computeIfAbsent(p.iso3, s -> new ArrayList<>()).add(p));
    List<FieldError> errors = new ArrayList<>();
    byState.forEach(
        (iso3, list) -> {
          list.sort(Comparator.comparing((GroupMembership p) -> p.startOn));
          for (int k = 1; k < list.size(); k++) {
            GroupMembership a = list.get(k - 1);
            GroupMembership b = list.get(k);
            if (a.endOn == null || !b.startOn.isAfter(a.endOn)) {
              errors.add(
                  new FieldError(
                      "[" + given.get(b) + "].start",
                      iso3
                          + " is already a member from "
                          + a.startText
                          + (a.endText == null ? " on" : " to " + a.endText)
                          + "; periods of one state must not overlap",
                      b.startText));
            }
          }
        });
    return errors;
  }

  /** A group's every period, as rows of {@code memberships.csv}; all groups when keys is empty. */
  public List<MembershipRow> export(Collection<String> keys) {
    List<StateGroup> groups =
        keys.isEmpty() ? StateGroup.all() : keys.stream().map(this::require).toList();
    Map<Long, String> keyOf = new HashMap<>();
    groups.forEach(g -> keyOf.put(g.id, g.groupKey));
    List<MembershipRow> rows = new ArrayList<>();
    if (groups.isEmpty()) {
      return rows;
    }
    for (GroupMembership m : GroupMembership.ofGroups(keyOf.keySet())) {
      rows.add(
          new MembershipRow(keyOf.get(m.groupId), m.iso3, m.start(), m.end(), m.sourceUrl, m.note));
    }
    rows.sort(Comparator.comparing(MembershipRow::group).thenComparing(MembershipRow::iso3));
    return rows;
  }

  /** Creates the group, or updates its name, kind, description and source (imports). */
  @Transactional
  public GroupView save(NewGroup request) {
    Optional<StateGroup> found = StateGroup.lockedByKey(request.key());
    if (found.isEmpty()) {
      return create(request);
    }
    StateGroup group = found.get();
    NewGroup before =
        new NewGroup(group.groupKey, group.name, group.kind, group.description, group.sourceUrl);
    group.name = request.name().strip();
    group.kind = request.kind();
    group.description = blankToNull(request.description());
    group.sourceUrl = blankToNull(request.sourceUrl());
    NewGroup after =
        new NewGroup(group.groupKey, group.name, group.kind, group.description, group.sourceUrl);
    if (!after.equals(before)) {
      group.updatedAt = Timestamps.now();
      audit.revision("group.updated", "group", group.groupKey, before, after);
    }
    return view(group, 0);
  }

  /** A group's revisions, oldest first. */
  public List<AuditLog.AuditEntry> history(String key) {
    return audit.historyOf("group", require(key).groupKey);
  }

  /**
   * The members of each group on the day, in one query, keyed as asked.
   *
   * @param field the parameter the keys came from, named when one is unknown
   * @throws InvalidInputException naming every key that names no group
   */
  public Map<String, Set<String>> membersOn(List<String> keys, LocalDate day, String field) {
    return membersOn(keys, day, field, AsRecorded.NOW);
  }

  /** The members of each group on the day, as the data recorded then had them. */
  public Map<String, Set<String>> membersOn(
      List<String> keys, LocalDate day, String field, AsRecorded recorded) {
    Map<String, Set<String>> members = new LinkedHashMap<>();
    Map<Long, String> keyOf = new HashMap<>();
    List<FieldError> errors = new ArrayList<>();
    Map<String, StateGroup> known = new HashMap<>();
    StateGroup.all().forEach(g -> known.put(g.groupKey, g));
    for (String key : keys) {
      StateGroup group = known.get(StateGroup.canonicalKey(key));
      if (group == null) {
        errors.add(
            new FieldError(
                field, "unknown group; the groups are " + String.join(", ", known.keySet()), key));
        continue;
      }
      keyOf.put(group.id, group.groupKey);
      members.put(group.groupKey, new TreeSet<>());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (!keyOf.isEmpty()) {
      for (GroupMembership m : GroupMembership.onDay(keyOf.keySet(), day, recorded)) {
        members.get(keyOf.get(m.groupId)).add(m.iso3);
      }
    }
    return members;
  }

  StateGroup require(String key) {
    return StateGroup.findByKey(key).orElseThrow(() -> notFound("key", key));
  }

  public static ResourceNotFoundException notFound(String field, String key) {
    return new ResourceNotFoundException(
        "There is no group '" + key + "'.", List.of(new FieldError(field, "unknown group", key)));
  }

  private MemberView memberView(GroupMembership m) {
    String name = states.byIso3(m.iso3).map(StateView::name).orElse(m.iso3);
    return new MemberView(m.iso3, name, m.start(), m.end(), m.sourceUrl, m.note);
  }

  private static GroupView view(StateGroup g, int membersToday) {
    return new GroupView(
        g.groupKey,
        g.name,
        g.kind,
        g.description,
        g.sourceUrl,
        membersToday,
        g.version,
        g.createdAt,
        g.updatedAt);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
