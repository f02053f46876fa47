package org.signatorytracker.reports;

import java.util.List;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.QueryParams;

/**
 * How a report breaks its counts down ({@code by}): by one of the states' own groupings (UN
 * regional group, M49 region or sub-region), or by groups with dated membership, {@code
 * groups:hrc,oic}, each taken as of the report's date.
 */
public record Breakdown(Grouping grouping, List<String> groups, List<String> within) {

  public static final String GROUPS = "groups:";

  /** By the role of each state's deciding record: a statement's count only. */
  public static final String ROLE = "role";

  public static final String DESCRIPTION =
      "regionalGroup (default), m49Region, m49Subregion, groups:hrc,oic,… (groups with dated"
          + " membership, as of the report's date; see /api/groups), or role (the role of each"
          + " state's deciding record: a statement's count only)";

  /** The breakdown by role. */
  public static final Breakdown BY_ROLE = new Breakdown(null, null, null);

  public static final String WITHIN_DESCRIPTION =
      "Break down among the members of these groups only (groups:hrc; membership as of the"
          + " report's date): by=regionalGroup&within=groups:hrc gives each regional group's"
          + " members on the Council; counts in all stay over every state";

  public Breakdown(Grouping grouping, List<String> groups) {
    this(grouping, groups, null);
  }

  /**
   * The same breakdown among the members of the groups a {@code within} parameter names ({@code
   * groups:hrc,oic}); null or blank: among every state.
   */
  public Breakdown within(String text) {
    if (text == null || text.isBlank()) {
      return this;
    }
    if (byRole()) {
      throw new InvalidInputException(
          new FieldError(
              "within", "applies to a breakdown by groups of states, not by role", text));
    }
    if (!text.strip().startsWith(GROUPS)) {
      throw new InvalidInputException(
          new FieldError("within", "names groups with dated membership: write groups:hrc", text));
    }
    List<String> keys = QueryParams.list(text.strip().substring(GROUPS.length()));
    if (keys.isEmpty()) {
      throw new InvalidInputException(
          new FieldError("within", "names no group; write groups:hrc", text));
    }
    return new Breakdown(grouping, groups, keys);
  }

  /** The breakdown a {@code by} parameter names; null or blank means by UN regional group. */
  public static Breakdown parse(String by) {
    if (by != null && by.strip().equals(ROLE)) {
      return BY_ROLE;
    }
    return parseGroups(by);
  }

  /** A breakdown by groups of states: any but {@link #BY_ROLE}. */
  public static Breakdown parseGroups(String by) {
    if (by != null && by.strip().startsWith(GROUPS)) {
      List<String> keys = QueryParams.list(by.strip().substring(GROUPS.length()));
      if (keys.isEmpty()) {
        throw new InvalidInputException(
            new FieldError("by", "names no group; write groups:hrc,oic", by));
      }
      return new Breakdown(null, keys);
    }
    return new Breakdown(
        QueryParams.enumValue("by", by, Grouping.class, Grouping.regionalGroup), List.of());
  }

  public boolean byGroups() {
    return grouping == null && groups != null;
  }

  public boolean byRole() {
    return grouping == null && groups == null;
  }

  /**
   * As the answer names it: {@code regionalGroup}, {@code groups:hrc,oic} or {@code role}, and
   * {@code within groups:hrc} after it when the breakdown is among some groups' members.
   */
  public String label() {
    if (byRole()) {
      return ROLE;
    }
    String label = byGroups() ? GROUPS + String.join(",", groups) : grouping.name();
    return within == null ? label : label + " within " + GROUPS + String.join(",", within);
  }
}
