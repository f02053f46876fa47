package org.signatorytracker.reports;

import java.util.List;
import java.util.Locale;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementKind;

/**
 * A statement and the action that counts on it, as a parameter writes it: {@code key} (for a letter
 * or joint statement: its signatories) or {@code key:YES} (for a vote: the states that voted so).
 */
public record StatementChoice(String key, PositionAction action, String field, String written) {

  /** The choices of a comma-separated list of keys ({@code all=a,b:NO}); empty when blank. */
  public static List<StatementChoice> list(String field, String text) {
    return QueryParams.list(text).stream().map(k -> parse(field, k)).toList();
  }

  /** Reads {@code key} or {@code key:ACTION}, in any case. */
  public static StatementChoice parse(String field, String text) {
    String written = text.strip();
    int colon = written.lastIndexOf(':');
    if (colon < 0) {
      return new StatementChoice(Statement.canonicalKey(written), null, field, written);
    }
    String option = written.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
    try {
      return new StatementChoice(
          Statement.canonicalKey(written.substring(0, colon)),
          PositionAction.valueOf(option),
          field,
          written);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          new FieldError(
              field,
              "'"
                  + option
                  + "' is not an action: write key:YES, key:NO, key:ABSTAIN or"
                  + " key:NOT_VOTING for a vote, or the bare key for a letter",
              written));
    }
  }

  /**
   * The action that counts on a statement of this kind: SIGNED for a letter or joint statement; for
   * a vote, the option given, or {@code voteDefault} when none was (null: an option is required).
   */
  public PositionAction actionFor(StatementKind kind, PositionAction voteDefault) {
    if (!kind.isVote()) {
      if (action != null && action != PositionAction.SIGNED) {
        throw new InvalidInputException(
            new FieldError(
                field,
                "'" + key + "' is a " + kind + ": its signatories count, so give the bare key",
                written));
      }
      return PositionAction.SIGNED;
    }
    PositionAction chosen = action != null ? action : voteDefault;
    if (chosen == null) {
      throw new InvalidInputException(
          new FieldError(
              field,
              "'" + key + "' is a vote: say which option counts, such as " + key + ":YES",
              written));
    }
    if (!chosen.fits(kind)) {
      throw new InvalidInputException(
          new FieldError(
              field,
              "'" + key + "' is a vote: the options are YES, NO, ABSTAIN and NOT_VOTING",
              written));
    }
    return chosen;
  }
}
