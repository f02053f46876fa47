package org.signatorytracker.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;
import org.signatorytracker.common.UncertainDate;

/**
 * Thousands of generated histories (withdrawals, re-signs, same-day records, partial and interval
 * dates, late reports, retractions, confidence levels, several revisions) go in through the API;
 * every report is then compared with a deliberately naive implementation of the as-of rule written
 * here, record by record, with no shared code beyond the date parser. Another seed: {@code
 * -Dhistories.seed=N}.
 */
@QuarkusTest
class RandomHistoriesTest {

  private static final long SEED = Long.getLong("histories.seed", 20191029L);
  private static final int LETTERS = 30;
  private static final int VOTES = 10;
  private static final int STATES_PER_STATEMENT = 50;
  private static final String[] CONFIDENCES = {"CONFIRMED", "REPORTED", "DISPUTED"};
  private static final String[] VOTE_OPTIONS = {"YES", "NO", "ABSTAIN", "NOT_VOTING"};

  /** A generated record, as sent and as the service then numbered it. */
  static final class Rec {
    String statement;
    String iso3;
    String action;
    UncertainDate date;
    UncertainDate reported;
    String confidence;
    String note;
    long id;
    long revision;
    long retractedIn = Long.MAX_VALUE;

    LocalDate effective() {
      return date.latest();
    }

    boolean approximate() {
      return !date.latest().equals(date.earliest());
    }
  }

  /** What a report is asked: null asOf for all dates, null knownBy for no limit. */
  record Ask(LocalDate asOf, LocalDate knownBy, String minConfidence, Long asRecorded) {

    String[] params() {
      List<String> p = new ArrayList<>();
      if (asOf != null) {
        p.add("asOf");
        p.add(asOf.toString());
      }
      if (knownBy != null) {
        p.add("knownBy");
        p.add(knownBy.toString());
      }
      p.add("minConfidence");
      p.add(minConfidence);
      if (asRecorded != null) {
        p.add("asRecorded");
        p.add(asRecorded.toString());
      }
      return p.toArray(String[]::new);
    }
  }

  private final SplittableRandom random = new SplittableRandom(SEED);
  private final Map<String, String> groupOf = new HashMap<>();
  private final Map<String, Boolean> isVote = new LinkedHashMap<>();
  private final Map<String, LocalDate> datedOn = new HashMap<>();
  private final List<Rec> records = new ArrayList<>();
  private final List<Long> revisions = new ArrayList<>();
  // the records of each (statement, state) and the states of each statement, to keep it quick
  private final Map<String, List<Rec>> history = new HashMap<>();
  private final Map<String, Set<String>> statesOf = new HashMap<>();

  @Test
  void everyReportAgreesWithANaiveReadingOfTheRule() {
    loadStates();
    List<String> codes = new ArrayList<>(new TreeSet<>(groupOf.keySet()));
    codes.remove("TUV"); // another test reads every standing of Tuvalu's
    createStatements();
    generate(codes);
    recordInBatchesWithRetractions();

    int checked = 0;
    for (String key : isVote.keySet()) {
      for (int i = 0; i < 6; i++) {
        Ask ask = randomAsk(true);
        checkSignatories(key, ask);
        checkCount(key, ask);
        checked += 2;
      }
      for (int i = 0; i < 2; i++) {
        checkTimeline(key, randomAsk(false));
        checked++;
      }
    }
    List<String> keys = new ArrayList<>(isVote.keySet());
    for (int i = 0; i < 30; i++) {
      checkCompare(
          keys.get(random.nextInt(keys.size())),
          keys.get(random.nextInt(keys.size())),
          randomAsk(true));
      checked++;
    }
    for (int i = 0; i < 15; i++) {
      checkStandings(codes.get(random.nextInt(codes.size())), randomAsk(true));
      checked++;
    }
    assertThat(records).hasSizeGreaterThan(3000);
    assertThat(checked).isGreaterThan(500);
  }

  // ---- generating and recording ---------------------------------------------------------------

  private void loadStates() {
    JsonPath states =
        given()
            .queryParam("size", 500)
            .get("/api/states")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = states.getList("items");
    for (Map<String, Object> s : items) {
      groupOf.put((String) s.get("iso3"), (String) s.get("regionalGroup"));
    }
  }

  private void createStatements() {
    for (int i = 0; i < LETTERS + VOTES; i++) {
      boolean vote = i >= LETTERS;
      Map<String, Object> extra = new HashMap<>();
      // letters dated to the day, the month or not at all; votes always dated
      int shape = random.nextInt(4);
      if (vote || shape > 0) {
        String date = shape == 1 && !vote ? "2020-0" + (1 + random.nextInt(9)) : randomDay();
        extra.put("date", date);
      }
      String key = TestApi.createStatement("hist", vote ? "VOTE" : "LETTER", extra);
      isVote.put(key, vote);
      if (extra.containsKey("date")) {
        datedOn.put(key, UncertainDate.parse((String) extra.get("date")).latest());
      }
    }
  }

  private void generate(List<String> codes) {
    int n = 0;
    for (Map.Entry<String, Boolean> statement : isVote.entrySet()) {
      List<String> shuffled = new ArrayList<>(codes);
      for (int i = shuffled.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        String t = shuffled.get(i);
        shuffled.set(i, shuffled.get(j));
        shuffled.set(j, t);
      }
      for (String iso3 : shuffled.subList(0, STATES_PER_STATEMENT)) {
        int count = 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(4));
        boolean signed = false;
        String lastDate = randomDate();
        for (int k = 0; k < count; k++) {
          Rec r = new Rec();
          r.statement = statement.getKey();
          r.iso3 = iso3;
          if (statement.getValue()) {
            r.action = VOTE_OPTIONS[random.nextInt(VOTE_OPTIONS.length)];
          } else {
            // mostly alternating sign and withdraw, sometimes a repeat of the same action
            boolean sign = random.nextInt(10) < 8 ? !signed : signed;
            r.action = sign ? "SIGNED" : "WITHDREW";
            signed = sign;
          }
          // a same-day record now and then, otherwise a fresh date
          String date = random.nextInt(5) == 0 ? lastDate : randomDate();
          lastDate = date;
          r.date = UncertainDate.parse(date);
          r.reported =
              random.nextInt(10) < 7
                  ? r.date
                  : UncertainDate.parse(r.date.latest().plusDays(random.nextInt(200)).toString());
          r.confidence = CONFIDENCES[random.nextInt(CONFIDENCES.length)];
          r.note = "g" + n++;
          records.add(r);
          history.computeIfAbsent(r.statement + " " + iso3, h -> new ArrayList<>()).add(r);
          statesOf.computeIfAbsent(r.statement, h -> new TreeSet<>()).add(iso3);
        }
      }
    }
  }

  /** Four imports, each its own revision, with retractions (one revision each) between them. */
  private void recordInBatchesWithRetractions() {
    List<Rec> shuffled = new ArrayList<>(records);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Rec t = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, t);
    }
    int batches = 4;
    int per = (shuffled.size() + batches - 1) / batches;
    Map<String, Rec> byNote = new HashMap<>();
    records.forEach(r -> byNote.put(r.note, r));
    List<Rec> recorded = new ArrayList<>();
    for (int b = 0; b < batches; b++) {
      List<Rec> batch = shuffled.subList(b * per, Math.min(shuffled.size(), (b + 1) * per));
      StringBuilder csv =
          new StringBuilder("statement,state,action,date,reported,confidence,source_url,note\n");
      for (Rec r : batch) {
        csv.append(r.statement).append(',').append(r.iso3).append(',').append(r.action);
        csv.append(',').append(r.date).append(',').append(r.reported).append(',');
        csv.append(r.confidence).append(",https://example.org/").append(r.note).append(',');
        csv.append(r.note).append('\n');
      }
      given()
          .contentType("text/csv")
          .body(csv.toString())
          .post("/api/import/positions")
          .then()
          .statusCode(200);
      numberRecords(byNote);
      assertThat(batch).allMatch(r -> r.id > 0 && r.revision > 0);
      recorded.addAll(batch);
      revisions.add(batch.get(0).revision);
      for (int k = 0; k < batch.size() / 40; k++) {
        Rec victim = recorded.get(random.nextInt(recorded.size()));
        if (victim.retractedIn == Long.MAX_VALUE) {
          TestApi.retract(victim.id, "generated retraction");
          victim.retractedIn =
              given()
                  .get("/api/positions/{id}", victim.id)
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath()
                  .getLong("retraction.revision");
          revisions.add(victim.retractedIn);
        }
      }
    }
  }

  /** Reads the ids and revisions the service gave the records. */
  private void numberRecords(Map<String, Rec> byNote) {
    for (String key : isVote.keySet()) {
      for (int page = 0; ; page++) {
        JsonPath history =
            given()
                .queryParam("page", page)
                .queryParam("size", 500)
                .get("/api/statements/" + key + "/positions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = history.getList("items");
        for (Map<String, Object> item : items) {
          Rec r = byNote.get((String) item.get("note"));
          r.id = ((Number) item.get("id")).longValue();
          r.revision = ((Number) item.get("revision")).longValue();
        }
        if (items.size() < 500) {
          break;
        }
      }
    }
  }

  private String randomDay() {
    return LocalDate.of(2019, 6, 1).plusDays(random.nextInt(700)).toString();
  }

  /** Mostly days from a small pool (so that records share dates), some months, years, intervals. */
  private String randomDate() {
    int kind = random.nextInt(20);
    LocalDate day = LocalDate.of(2019, 6, 1).plusDays(7L * random.nextInt(100));
    if (kind == 0) {
      return Integer.toString(2019 + random.nextInt(2));
    }
    if (kind <= 2) {
      return day.toString().substring(0, 7);
    }
    if (kind == 3) {
      return day + "/" + day.plusDays(1 + random.nextInt(90));
    }
    if (kind == 4) {
      return "../" + day;
    }
    return day.toString();
  }

  private Ask randomAsk(boolean withDate) {
    List<Rec> some = records;
    LocalDate asOf = null;
    if (withDate) {
      // often exactly a record's date, to hit the edges of the rule
      asOf =
          random.nextBoolean()
              ? some.get(random.nextInt(some.size())).effective()
              : LocalDate.of(2019, 5, 1).plusDays(random.nextInt(900));
    }
    LocalDate knownBy =
        random.nextInt(3) == 0 ? LocalDate.of(2019, 6, 1).plusDays(random.nextInt(900)) : null;
    String confidence = CONFIDENCES[random.nextInt(CONFIDENCES.length)];
    Long asRecorded =
        random.nextInt(3) == 0 ? revisions.get(random.nextInt(revisions.size())) : null;
    return new Ask(asOf, knownBy, confidence, asRecorded);
  }

  // ---- the naive rule -------------------------------------------------------------------------

  private static int rank(String confidence) {
    return switch (confidence) {
      case "CONFIRMED" -> 3;
      case "REPORTED" -> 2;
      default -> 1;
    };
  }

  private boolean eligible(Rec r, Ask ask) {
    long through = ask.asRecorded() == null ? Long.MAX_VALUE - 1 : ask.asRecorded();
    return r.revision <= through
        && r.retractedIn > through
        && (ask.knownBy() == null || !r.reported.latest().isAfter(ask.knownBy()))
        && rank(r.confidence) >= rank(ask.minConfidence());
  }

  /** The record that decides a state's standing as of a day: latest date, then recorded last. */
  private Rec deciding(String statement, String iso3, LocalDate day, Ask ask) {
    Rec best = null;
    for (Rec r : history.getOrDefault(statement + " " + iso3, List.of())) {
      if (eligible(r, ask) && !r.effective().isAfter(day)) {
        if (best == null
            || r.effective().isAfter(best.effective())
            || (r.effective().equals(best.effective())
                && (r.revision > best.revision
                    || (r.revision == best.revision && r.id > best.id)))) {
          best = r;
        }
      }
    }
    return best;
  }

  /** Each state standing on the statement as of the day: its deciding record, withdrawals out. */
  private Map<String, Rec> holders(String statement, LocalDate day, Ask ask) {
    Map<String, Rec> holders = new TreeMap<>();
    for (String iso3 : statesOf(statement)) {
      Rec d = deciding(statement, iso3, day, ask);
      if (d != null && !d.action.equals("WITHDREW")) {
        holders.put(iso3, d);
      }
    }
    return holders;
  }

  private Set<String> statesOf(String statement) {
    return statesOf.get(statement);
  }

  private static boolean supports(String action) {
    return action != null && (action.equals("SIGNED") || action.equals("YES"));
  }

  // ---- the comparisons ------------------------------------------------------------------------

  private void checkSignatories(String key, Ask ask) {
    JsonPath answer = TestApi.report("/api/statements/" + key + "/signatories", ask.params());
    Map<String, String> expected = new TreeMap<>();
    holders(key, ask.asOf(), ask)
        .forEach((iso3, r) -> expected.put(iso3, r.action + " " + r.date + " " + r.id));
    Map<String, String> actual = new TreeMap<>();
    List<Map<String, Object>> states = answer.getList("states");
    for (Map<String, Object> s : states) {
      actual.put(
          (String) s.get("iso3"), s.get("action") + " " + s.get("since") + " " + s.get("recordId"));
    }
    assertThat(actual).as("signatories of %s, %s", key, ask).isEqualTo(expected);
    assertThat(answer.getInt("named")).isEqualTo(expected.size());
  }

  private void checkCount(String key, Ask ask) {
    JsonPath answer =
        TestApi.report(
            "/api/statements/" + key + "/count", concat(ask.params(), "by", "regionalGroup"));
    Map<String, Rec> holders = holders(key, ask.asOf(), ask);
    Map<String, Long> totals = new TreeMap<>();
    Map<String, Map<String, Long>> byGroup = new TreeMap<>();
    long later = 0;
    for (Map.Entry<String, Rec> h : holders.entrySet()) {
      String action = h.getValue().action;
      totals.merge(action, 1L, Long::sum);
      String group = Objects.requireNonNullElse(groupOf.get(h.getKey()), "none");
      byGroup.computeIfAbsent(group, g -> new TreeMap<>()).merge(action, 1L, Long::sum);
      LocalDate dated = datedOn.get(key);
      if (dated != null && h.getValue().effective().isAfter(dated)) {
        later++;
      }
    }
    String what = "count of " + key + ", " + ask;
    long named =
        records.stream()
            .filter(r -> r.statement.equals(key) && eligible(r, ask))
            .map(r -> r.iso3)
            .distinct()
            .count();
    assertThat(answer.getLong("named")).as(what).isEqualTo(named);
    if (named == 0) {
      assertThat(answer.getString("listStatus")).as(what).isEqualTo("NONE");
      assertThat(holders).as(what).isEmpty();
      return;
    }
    assertThat(nonZero(answer.getMap("counts"))).as(what).isEqualTo(totals);
    Map<String, Map<String, Long>> groups = new TreeMap<>();
    Map<String, Map<String, Object>> actualGroups = answer.getMap("byGroup");
    actualGroups.forEach(
        (group, counts) -> {
          Map<String, Long> c = nonZero(counts);
          if (!c.isEmpty()) {
            groups.put(group, c);
          }
        });
    assertThat(groups).as(what).isEqualTo(byGroup);
    if (!isVote.get(key)) {
      assertThat(answer.getLong("joinedLater")).as(what).isEqualTo(later);
      assertThat(answer.getLong("atDelivery")).as(what).isEqualTo(holders.size() - later);
    }
  }

  private void checkTimeline(String key, Ask ask) {
    JsonPath answer = TestApi.report("/api/statements/" + key + "/timeline", ask.params());
    boolean vote = isVote.get(key);
    TreeSet<LocalDate> dates = new TreeSet<>();
    records.stream()
        .filter(r -> r.statement.equals(key) && eligible(r, ask))
        .forEach(r -> dates.add(r.effective()));
    List<String> expected = new ArrayList<>();
    Map<String, String> before = new HashMap<>();
    long total = 0;
    Map<String, Long> votes = new TreeMap<>();
    for (LocalDate day : dates) {
      long joined = 0;
      long withdrew = 0;
      boolean approximate = false;
      boolean changed = false;
      for (String iso3 : statesOf(key)) {
        Rec d = deciding(key, iso3, day, ask);
        String now = d == null || d.action.equals("WITHDREW") ? null : d.action;
        String then = before.get(iso3);
        if (!Objects.equals(now, then)) {
          changed = true;
          approximate |= d != null && d.effective().equals(day) && d.approximate();
          if (supports(now) && !supports(then)) {
            joined++;
          } else if (!supports(now) && supports(then)) {
            withdrew++;
          }
          if (then != null) {
            votes.merge(then, -1L, Long::sum);
          }
          if (now != null) {
            votes.merge(now, 1L, Long::sum);
          }
          before.put(iso3, now);
        }
      }
      if (changed) {
        total += joined - withdrew;
        StringBuilder line = new StringBuilder();
        line.append(day).append(" +").append(joined).append(" -").append(withdrew);
        line.append(" =").append(total).append(approximate ? " ~" : "");
        if (vote) {
          for (String option : VOTE_OPTIONS) {
            line.append(' ').append(option).append('=').append(votes.getOrDefault(option, 0L));
          }
        }
        expected.add(line.toString());
      }
    }
    List<String> actual = new ArrayList<>();
    List<Map<String, Object>> entries = answer.getList("entries");
    for (Map<String, Object> e : entries) {
      StringBuilder line = new StringBuilder();
      line.append(e.get("date")).append(" +").append(e.get("joined")).append(" -");
      line.append(e.get("withdrew")).append(" =").append(e.get("total"));
      line.append(Boolean.TRUE.equals(e.get("approximate")) ? " ~" : "");
      if (vote) {
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) e.get("counts");
        for (String option : VOTE_OPTIONS) {
          line.append(' ').append(option).append('=').append(counts.get(option));
        }
      }
      actual.add(line.toString());
    }
    assertThat(actual).as("timeline of %s, %s", key, ask).isEqualTo(expected);
  }

  private void checkCompare(String a, String b, Ask ask) {
    JsonPath answer = TestApi.report("/api/compare", concat(ask.params(), "a", a, "b", b));
    Set<String> inA = supporters(a, ask);
    Set<String> inB = supporters(b, ask);
    Set<String> both = new TreeSet<>(inA);
    both.retainAll(inB);
    Set<String> onlyA = new TreeSet<>(inA);
    onlyA.removeAll(inB);
    Set<String> onlyB = new TreeSet<>(inB);
    onlyB.removeAll(inA);
    String what = "compare " + a + " " + b + ", " + ask;
    assertThat(new TreeSet<>(answer.getList("both", String.class))).as(what).isEqualTo(both);
    assertThat(new TreeSet<>(answer.getList("onlyA", String.class))).as(what).isEqualTo(onlyA);
    assertThat(new TreeSet<>(answer.getList("onlyB", String.class))).as(what).isEqualTo(onlyB);
  }

  private Set<String> supporters(String key, Ask ask) {
    Set<String> supporters = new TreeSet<>();
    holders(key, ask.asOf(), ask)
        .forEach(
            (iso3, r) -> {
              if (supports(r.action)) {
                supporters.add(iso3);
              }
            });
    return supporters;
  }

  private void checkStandings(String iso3, Ask ask) {
    // every page of the standings: the state may be on other tests' statements too
    List<Map<String, Object>> standings = new ArrayList<>();
    for (int page = 0; ; page++) {
      List<String> params = new ArrayList<>(List.of(ask.params()));
      params.addAll(List.of("size", "500", "page", Integer.toString(page)));
      JsonPath answer =
          TestApi.report("/api/states/" + iso3 + "/positions", params.toArray(String[]::new));
      standings.addAll(answer.getList("standings"));
      if (!answer.getBoolean("more")) {
        break;
      }
    }
    Map<String, String> expected = new TreeMap<>();
    for (String key : isVote.keySet()) {
      Rec d = deciding(key, iso3, ask.asOf(), ask);
      if (d != null) {
        expected.put(key, d.action + " " + d.date + " " + d.id);
      }
    }
    Map<String, String> actual = new TreeMap<>();
    for (Map<String, Object> s : standings) {
      if (isVote.containsKey((String) s.get("statement"))) {
        actual.put(
            (String) s.get("statement"),
            s.get("action") + " " + s.get("since") + " " + s.get("recordId"));
      }
    }
    assertThat(actual).as("standings of %s, %s", iso3, ask).isEqualTo(expected);
  }

  private static Map<String, Long> nonZero(Map<String, ?> counts) {
    Map<String, Long> c = new TreeMap<>();
    counts.forEach(
        (action, n) -> {
          long v = ((Number) n).longValue();
          if (v != 0) {
            c.put(action, v);
          }
        });
    return c;
  }

  private static String[] concat(String[] params, String... more) {
    String[] all = java.util.Arrays.copyOf(params, params.length + more.length);
    System.arraycopy(more, 0, all, params.length, more.length);
    return all;
  }
}
