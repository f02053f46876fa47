package org.signatorytracker.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signatorytracker.positions.PositionAction.ABSTAIN;
import static org.signatorytracker.positions.PositionAction.NO;
import static org.signatorytracker.positions.PositionAction.NOT_VOTING;
import static org.signatorytracker.positions.PositionAction.SIGNED;
import static org.signatorytracker.positions.PositionAction.YES;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.signatorytracker.positions.PositionAction;

/** The side rule on its own: occasions, stances and sides, without a database. */
@Tag("unit")
class SideRuleTest {

  private static final Map<PositionAction, String> NONE = Map.of();

  /** 0, 1: rival letters of session A; 2: a vote of session a (same occasion); 3: a later vote. */
  private final SideRule rule =
      new SideRule(
          List.of(
              new SideRule.Member("l1", LocalDate.of(2019, 7, 12), "A", "pro", NONE),
              new SideRule.Member("l2", LocalDate.of(2019, 7, 8), " a ", "con", NONE),
              new SideRule.Member(
                  "v1", LocalDate.of(2019, 7, 20), "A", null, Map.of(YES, "pro", NO, "con")),
              new SideRule.Member("v2", LocalDate.of(2020, 10, 6), null, null, Map.of(YES, "con"))),
          null);

  @Test
  void statementsOfOneSessionAreOneOccasionDatedByTheEarliest() {
    assertThat(rule.occasions()).hasSize(2);
    assertThat(rule.occasions().get(0).key()).isEqualTo("a");
    assertThat(rule.occasions().get(0).label()).isEqualTo("A");
    assertThat(rule.occasions().get(0).date()).isEqualTo(LocalDate.of(2019, 7, 8));
    assertThat(rule.occasions().get(1).key()).isEqualTo("v2");
  }

  @Test
  void aStanceIsTheSideOfEveryStatementStoodOn() {
    assertThat(rule.stance(0, actions(SIGNED, null, YES, null))).isEqualTo("pro");
    assertThat(rule.stance(0, actions(SIGNED, SIGNED, null, null))).isEqualTo(SideRule.BOTH);
    assertThat(rule.stance(0, actions(SIGNED, null, NO, null))).isEqualTo(SideRule.BOTH);
    assertThat(rule.stance(0, actions(null, null, ABSTAIN, null))).isEqualTo(SideRule.ABSTAIN);
    assertThat(rule.stance(0, actions(SIGNED, null, ABSTAIN, null))).isEqualTo("pro");
    assertThat(rule.stance(0, actions(null, null, NOT_VOTING, null))).isNull();
    // NO is not mapped on v2: no position
    assertThat(rule.stance(1, actions(null, null, null, NO))).isNull();
  }

  @Test
  void theSideIsTheStanceOnTheLatestOccasionWithOne() {
    assertThat(rule.side(actions(SIGNED, null, null, YES)).stance()).isEqualTo("con");
    assertThat(rule.side(actions(SIGNED, null, null, NO)).stance()).isEqualTo("pro");
    assertThat(rule.side(actions(null, null, null, NOT_VOTING))).isNull();
  }

  @Test
  void sinceLeavesOutEarlierAndUndatedOccasions() {
    SideRule recent =
        new SideRule(
            List.of(
                new SideRule.Member("l1", LocalDate.of(2019, 7, 12), "A", "pro", NONE),
                new SideRule.Member("u", null, null, "pro", NONE),
                new SideRule.Member("l3", LocalDate.of(2021, 1, 1), null, "con", NONE)),
            LocalDate.of(2020, 1, 1));
    assertThat(recent.occasions()).extracting(SideRule.Occasion::key).containsExactly("l3");
    assertThat(recent.occasionOf(0)).isEqualTo(-1);
    assertThat(recent.side(new PositionAction[] {SIGNED, SIGNED, null})).isNull();
  }

  private static PositionAction[] actions(PositionAction... actions) {
    return actions;
  }

  @Test
  void countingSlotsAsActionsChangeGivesTheStanceOfTheRuleAsWritten() {
    // an occasion of letters on two sides, votes mapping one or both options, and a statement
    // of no side; actions change at random, one at a time, as a replay applies them
    List<SideRule.Member> members =
        List.of(
            new SideRule.Member("l1", null, "S", "pro", NONE),
            new SideRule.Member("l2", null, "S", "con", NONE),
            new SideRule.Member("l3", null, "S", null, NONE),
            new SideRule.Member("v1", null, "S", null, Map.of(YES, "pro", NO, "con")),
            new SideRule.Member("v2", null, "S", null, Map.of(YES, "con")),
            new SideRule.Member("v3", null, "S", null, Map.of(NO, "third")));
    SideRule sessions = new SideRule(members, null);
    PositionAction[] choices = {
      null, SIGNED, PositionAction.WITHDREW, YES, NO, ABSTAIN, NOT_VOTING
    };
    java.util.SplittableRandom random = new java.util.SplittableRandom(20190712L);
    PositionAction[] actions = new PositionAction[members.size()];
    int[] held = new int[sessions.slots()];
    for (int step = 0; step < 20_000; step++) {
      int i = random.nextInt(members.size());
      PositionAction next = choices[random.nextInt(choices.length)];
      if (actions[i] != null && sessions.slotOf(i, actions[i]) >= 0) {
        held[sessions.slotOf(i, actions[i])]--;
      }
      if (next != null && sessions.slotOf(i, next) >= 0) {
        held[sessions.slotOf(i, next)]++;
      }
      actions[i] = next;
      String written = asWritten(members, actions);
      assertThat(sessions.stance(held, 0))
          .as("step %d: %s", step, java.util.Arrays.toString(actions))
          .isEqualTo(written);
      assertThat(sessions.stance(0, actions)).isEqualTo(written);
    }
  }

  /**
   * The stance as the rule's text says: the side of every statement a state stands on, "both" for
   * two different sides, "abstain" if it only abstained.
   */
  private static String asWritten(List<SideRule.Member> members, PositionAction[] actions) {
    String side = null;
    boolean abstained = false;
    for (int i = 0; i < members.size(); i++) {
      String s = members.get(i).sideOf(actions[i]);
      if (s != null) {
        if (side != null && !side.equals(s)) {
          return SideRule.BOTH;
        }
        side = s;
      } else if (actions[i] == ABSTAIN) {
        abstained = true;
      }
    }
    return side != null ? side : abstained ? SideRule.ABSTAIN : null;
  }
}
