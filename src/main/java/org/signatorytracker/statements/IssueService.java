package org.signatorytracker.statements;

import static org.signatorytracker.common.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.signatorytracker.common.AsRecorded;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.common.Timestamps;
import org.signatorytracker.security.AuditLog;

/** Issues and the sides their statements stand on. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IssueService {

  /** Names the analysis gives to stances that are not a side, so no side may take them. */
  static final Set<String> RESERVED_SIDES = Set.of("abstain", "both", "none");

  @Inject AuditLog audit;

  /** Whether the PUT created the issue, and the issue as stored. */
  public record Saved(boolean created, IssueView issue) {}

  /**
   * Creates or replaces an issue.
   *
   * @throws ConflictException when a statement of the issue stands on a side the new sides drop, or
   *     a letter of it stands on none while sides are declared
   */
  @Transactional
  public Saved put(String key, IssueRequest request) {
    String canonical = Issue.canonicalKey(key);
    if (canonical == null || !canonical.matches("[a-z0-9][a-z0-9-]{0,79}")) {
      throw new InvalidInputException(
          new FieldError("issue", "must be letters, digits or hyphens, such as 'xinjiang'", key));
    }
    List<String> sides = sides(request.sides());
    Optional<Issue> found = Issue.lockedByKey(canonical);
    checkStatementsFit(canonical, sides);
    Issue issue = found.orElseGet(Issue::new);
    IssueFields before = found.map(IssueService::fields).orElse(null);
    if (found.isEmpty()) {
      issue.issueKey = canonical;
      issue.createdAt = Timestamps.now();
    }
    issue.title = request.title().strip();
    issue.description = blankToNull(request.description());
    if (!issue.sides.equals(sides)) {
      issue.sides.clear();
      issue.sides.addAll(sides);
    }
    IssueFields after = fields(issue);
    if (!after.equals(before)) {
      issue.updatedAt = Timestamps.now();
      issue.persistAndFlush();
      IssueVersion.record(issue);
      audit.revision(
          found.isEmpty() ? "issue.created" : "issue.updated", "issue", canonical, before, after);
    }
    return new Saved(
        found.isEmpty(), view(issue, Statement.countsByIssue().getOrDefault(canonical, 0L)));
  }

  /** Every issue, declared or only named by statements, by key. */
  public List<IssueView> list() {
    Map<String, Long> counts = Statement.countsByIssue();
    Map<String, IssueView> views = new TreeMap<>();
    for (Issue issue : Issue.all()) {
      views.put(issue.issueKey, view(issue, counts.getOrDefault(issue.issueKey, 0L)));
    }
    counts.forEach((key, count) -> views.computeIfAbsent(key, k -> undeclared(k, count)));
    return List.copyOf(views.values());
  }

  /** An issue and when it last changed (itself, a statement of it, or their records). */
  public record ActiveIssue(IssueView issue, Instant lastChange) {}

  /**
   * The issues with the latest activity first (then by key): a page of them, so that a home page of
   * thousands of issues stays small.
   */
  public Page<ActiveIssue> byLatestActivity(PageRequest page) {
    Map<String, Instant> statementsChanged = Statement.lastChangeByIssue();
    List<ActiveIssue> all = new ArrayList<>();
    for (IssueView issue : list()) {
      Instant changed = statementsChanged.get(issue.key());
      if (issue.updatedAt() != null && (changed == null || issue.updatedAt().isAfter(changed))) {
        changed = issue.updatedAt();
      }
      all.add(new ActiveIssue(issue, changed));
    }
    all.sort(
        Comparator.comparing(
                ActiveIssue::lastChange, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(a -> a.issue().key()));
    return Page.slice(all, page);
  }

  /** The issue, declared or only named by statements. */
  public Optional<IssueView> find(String key) {
    String canonical = Issue.canonicalKey(key);
    Optional<Issue> issue = Issue.findByKey(canonical);
    long count = Statement.countOfIssue(canonical);
    if (issue.isPresent()) {
      return Optional.of(view(issue.get(), count));
    }
    return count == 0 ? Optional.empty() : Optional.of(undeclared(canonical, count));
  }

  /**
   * The issue as the data recorded then had it: its title, description and sides of that revision
   * (undeclared before its first one); the number of statements is today's.
   */
  public IssueView asRecorded(IssueView now, AsRecorded recorded) {
    if (recorded.isNow()) {
      return now;
    }
    return IssueVersion.asRecorded(now.key(), recorded)
        .map(
            v ->
                new IssueView(
                    now.key(),
                    v.title,
                    v.description,
                    v.sideList(),
                    now.statements(),
                    true,
                    now.version(),
                    now.createdAt(),
                    now.updatedAt()))
        .orElseGet(() -> undeclared(now.key(), now.statements()));
  }

  /** The issue a path names. */
  public IssueView require(String key) {
    return find(key).orElseThrow(() -> notFound(key));
  }

  public static ResourceNotFoundException notFound(String key) {
    return new ResourceNotFoundException(
        "There is no issue '" + key + "': no statement names it and none was declared.",
        List.of(new FieldError("issue", "unknown issue", key)));
  }

  /** An issue's revisions, oldest first; empty when it was never declared. */
  public Optional<List<AuditLog.AuditEntry>> history(String key) {
    return Issue.findByKey(key).map(i -> audit.historyOf("issue", i.issueKey));
  }

  /** What the audit trail keeps of an issue. */
  public record IssueFields(String key, String title, String description, List<String> sides) {}

  private static IssueFields fields(Issue issue) {
    return new IssueFields(
        issue.issueKey, issue.title, issue.description, List.copyOf(issue.sides));
  }

  private static IssueView view(Issue issue, long statements) {
    return new IssueView(
        issue.issueKey,
        issue.title,
        issue.description,
        List.copyOf(issue.sides),
        statements,
        true,
        issue.version,
        issue.createdAt,
        issue.updatedAt);
  }

  private static IssueView undeclared(String key, long statements) {
    return new IssueView(key, null, null, List.of(), statements, false, null, null, null);
  }

  /** The sides, stripped, each once whatever its case, none a reserved name. */
  private static List<String> sides(List<String> given) {
    if (given == null) {
      return List.of();
    }
    List<FieldError> errors = new ArrayList<>();
    List<String> sides = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < given.size(); i++) {
      String side = given.get(i).strip();
      String lower = side.toLowerCase(Locale.ROOT);
      if (RESERVED_SIDES.contains(lower)) {
        errors.add(
            new FieldError(
                "sides[" + i + "]",
                "'"
                    + side
                    + "' is what reports call a stance that is not a side; name sides"
                    + " otherwise",
                side));
      } else if (!seen.add(lower)) {
        errors.add(
            new FieldError("sides[" + i + "]", "repeats a side (sides match in any case)", side));
      }
      sides.add(side);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return sides;
  }

  /** Refuses sides that would leave a statement of the issue on a side it no longer has. */
  private static void checkStatementsFit(String issue, List<String> sides) {
    Set<String> allowed = new TreeSet<>();
    sides.forEach(s -> allowed.add(s.toLowerCase(Locale.ROOT)));
    Map<String, List<String>> misfits = new TreeMap<>();
    String canonical = Issue.canonicalKey(issue);
    for (Statement s : Statement.ofIssue(issue)) {
      IssueSide here =
          s.issueSides().stream()
              .filter(i -> i.issue().equals(canonical))
              .findFirst()
              .orElseThrow();
      if (here.side() != null && !allowed.contains(here.side().toLowerCase(Locale.ROOT))) {
        misfits
            .computeIfAbsent("'" + here.side() + "'", k -> new ArrayList<>())
            .add(s.statementKey);
      }
      if (here.side() == null && !s.kind.isVote() && !sides.isEmpty()) {
        misfits.computeIfAbsent("no side", k -> new ArrayList<>()).add(s.statementKey);
      }
      for (String side : here.optionSides().values()) {
        if (!allowed.contains(side.toLowerCase(Locale.ROOT))) {
          misfits
              .computeIfAbsent("'" + side + "' (voteSides)", k -> new ArrayList<>())
              .add(s.statementKey);
        }
      }
    }
    if (!misfits.isEmpty()) {
      List<String> parts = new ArrayList<>();
      misfits.forEach(
          (side, keys) ->
              parts.add(
                  side
                      + ": "
                      + String.join(", ", keys.subList(0, Math.min(10, keys.size())))
                      + (keys.size() > 10 ? " and " + (keys.size() - 10) + " more" : "")));
      throw new ConflictException(
          "Statements of issue '"
              + issue
              + "' stand on sides these sides would not have; change those statements first. "
              + String.join("; ", parts)
              + ".");
    }
  }
}
