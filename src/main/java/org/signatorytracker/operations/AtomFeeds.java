package org.signatorytracker.operations;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.signatorytracker.common.ClaimedCount;

/**
 * Writes the entries of {@link Feeds} as an Atom feed (RFC 4287) with ROME: each entry a revision,
 * titled by what it did ("3 positions recorded on …", "Import 12: …"), linked to the page of the
 * statement it changed (or the feed's own page), its summary naming the states where there are few.
 */
final class AtomFeeds {

  private AtomFeeds() {}

  /** A feed: its id (a tag URI), its title and its page and own address, absolute. */
  record Head(String id, String title, URI page, URI self) {}

  static String write(
      Head head, List<Feeds.Entry> entries, URI base, Function<String, String> stateName) {
    Feed feed = new Feed("atom_1.0");
    feed.setId(head.id());
    feed.setTitle(head.title());
    feed.setAlternateLinks(List.of(link("alternate", "text/html", head.page())));
    feed.setOtherLinks(List.of(link("self", "application/atom+xml", head.self())));
    Person service = new Person();
    service.setName("Signatory Tracker");
    feed.setAuthors(List.of(service));
    Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.get(0).at();
    feed.setUpdated(Date.from(updated));
    List<Entry> written = new ArrayList<>();
    for (Feeds.Entry e : entries) {
      Entry entry = new Entry();
      entry.setId(head.id() + ":revision:" + e.revision());
      entry.setTitle(title(e));
      entry.setUpdated(Date.from(e.at()));
      entry.setPublished(Date.from(e.at()));
      URI page =
          e.statements().size() == 1 && e.statements().get(0).key() != null
              ? base.resolve("statements/" + e.statements().get(0).key() + "#history")
              : head.page();
      entry.setAlternateLinks(List.of(link("alternate", "text/html", page)));
      Person by = new Person();
      by.setName(e.by() == null ? "Signatory Tracker" : e.by());
      entry.setAuthors(List.of(by));
      Content summary = new Content();
      summary.setType("text");
      summary.setValue(summary(e, stateName));
      entry.setSummary(summary);
      written.add(entry);
    }
    feed.setEntries(written);
    try {
      return new WireFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("the feed could not be written", e);
    }
  }

  /** "3 positions recorded and 1 retracted on Joint letter …", "Import 12 (positions.csv): …". */
  static String title(Feeds.Entry e) {
    long recorded = total(e, "recorded");
    long retracted = total(e, "retracted");
    List<String> parts = new ArrayList<>();
    if (recorded > 0) {
      parts.add(count(recorded, "position", "positions") + " recorded");
    }
    if (retracted > 0) {
      parts.add(count(retracted, "record", "records") + " retracted");
    }
    // under review: proposals, and the decisions on them
    for (String decision : List.of("proposed", "confirmed", "rejected")) {
      long n = total(e, decision);
      if (n > 0) {
        parts.add(count(n, "position", "positions") + " " + decision);
      }
    }
    for (String kind : List.of("created", "edited", "deleted")) {
      long n = total(e, kind);
      if (n > 0) {
        parts.add(n == 1 ? "statement " + kind : count(n, "statement", "statements") + " " + kind);
      }
    }
    long claimed = total(e, "claimed");
    if (claimed > 0) {
      parts.add(count(claimed, "count claimed", "counts claimed"));
    }
    long unclaimed = total(e, "claim retracted");
    if (unclaimed > 0) {
      parts.add(count(unclaimed, "claim retracted", "claims retracted"));
    }
    String what = String.join(", ", parts);
    String where =
        e.statements().size() == 1
            ? " on " + name(e.statements().get(0))
            : " on " + count(e.statements().size(), "statement", "statements");
    String prefix =
        e.importId() == null
            ? ""
            : "Import "
                + e.importId()
                + (e.importRetracted() ? " retracted" : "")
                + " ("
                + e.importFiles()
                + "): ";
    return prefix + what + where;
  }

  /** A line per statement: what was recorded on it, naming the states where there are few. */
  static String summary(Feeds.Entry e, Function<String, String> stateName) {
    StringBuilder out = new StringBuilder();
    for (Feeds.OnStatement on : e.statements()) {
      out.append(name(on)).append(": ");
      if (on.named().isEmpty()) {
        List<String> counted = new ArrayList<>();
        on.counts().forEach((kind, n) -> counted.add(n + " " + kind));
        out.append(String.join(", ", counted));
      } else {
        List<String> each = new ArrayList<>();
        List<Feeds.Change> byName = new ArrayList<>(on.named());
        byName.sort(
            java.util.Comparator.comparing(Feeds.Change::change)
                .thenComparing(c -> c.iso3() == null ? "" : stateName.apply(c.iso3())));
        for (Feeds.Change c : byName) {
          each.add(
              switch (c.change()) {
                case "recorded" -> stateName.apply(c.iso3()) + " " + c.detail();
                case "proposed" -> stateName.apply(c.iso3()) + " " + c.detail() + " proposed";
                case "confirmed" -> stateName.apply(c.iso3()) + " " + c.detail() + " confirmed";
                case "rejected" ->
                    stateName.apply(c.iso3()) + " rejected on review (" + c.detail() + ")";
                case "retracted" ->
                    "retracted " + stateName.apply(c.iso3()) + " (" + c.detail() + ")";
                case "claimed" ->
                    "a count of " + ClaimedCount.unpack(c.detail()).phrase() + " claimed";
                case "claim retracted" -> "a claimed count retracted (" + c.detail() + ")";
                default -> "statement " + c.change() + " (" + c.detail() + ")";
              });
        }
        out.append(String.join("; ", each));
      }
      out.append('\n');
    }
    return out.toString().strip();
  }

  private static String name(Feeds.OnStatement on) {
    return on.title() == null ? "a deleted statement" : on.title() + " (" + on.key() + ")";
  }

  private static long total(Feeds.Entry e, String kind) {
    return e.statements().stream()
        .map(Feeds.OnStatement::counts)
        .mapToLong(m -> m.getOrDefault(kind, 0L))
        .sum();
  }

  private static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  private static Link link(String rel, String type, URI href) {
    Link link = new Link();
    link.setRel(rel);
    link.setType(type);
    link.setHref(href.toString());
    return link;
  }
}
