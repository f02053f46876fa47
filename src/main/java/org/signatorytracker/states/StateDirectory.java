package org.signatorytracker.states;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.ResourceNotFoundException;

/**
 * Resolves what a researcher types for a state (ISO3, ISO2, UN name, formal name or a press alias,
 * in any case and with or without accents) to exactly one state, or explains why it cannot.
 *
 * <p>The reference table only changes with a migration, so it is read once and held in memory:
 * resolving a name never costs a database round trip, however many rows an import has.
 */
@ApplicationScoped
public class StateDirectory {

  /** Names the press uses for more than one state; they are never guessed. */
  private static final Map<String, List<String>> AMBIGUOUS_NAMES =
      Map.of("korea", List.of("KOR", "PRK"));

  /**
   * Names that are more than one state's in running text: those above, and "Congo", which a field
   * of an import means as the UN writes it (COG) but a press article may use for either.
   */
  private static final Map<String, List<String>> AMBIGUOUS_IN_TEXT =
      Map.of("korea", AMBIGUOUS_NAMES.get("korea"), "congo", List.of("COG", "COD"));

  private static final int MAX_SUGGESTIONS = 3;

  private volatile Index index;

  /**
   * Reads the reference table at start, so that a lookup never needs a transaction: {@code GET
   * /api/states/{code}} answers on the I/O thread.
   */
  void load(@Observes StartupEvent start) {
    index();
  }

  /** Today's states (the reference table without the states of the past), ordered by name. */
  public List<StateView> all() {
    return index().byName;
  }

  /** The states that no longer exist, ordered by name. */
  public List<StateView> former() {
    return index().former;
  }

  /**
   * The states there were on a day: today's (whenever they began: UN admission is not when a state
   * began) and the former states that existed in its year.
   */
  public List<StateView> on(LocalDate day) {
    List<StateView> then = index().former.stream().filter(s -> s.existedBetween(day, day)).toList();
    if (then.isEmpty()) {
      return index().byName;
    }
    List<StateView> all = new ArrayList<>(index().byName);
    all.addAll(then);
    return all;
  }

  public Optional<StateView> byIso3(String iso3) {
    return Optional.ofNullable(index().byIso3.get(iso3));
  }

  /** The one state {@code text} names, if it names exactly one. */
  public Optional<StateView> find(String text) {
    Lookup lookup = lookup(text);
    return lookup.matches.size() == 1 ? Optional.of(lookup.matches.get(0)) : Optional.empty();
  }

  /**
   * The one state {@code text} names.
   *
   * @throws InvalidInputException naming {@code field}, the value and the closest matches
   */
  public StateView require(String field, String text) {
    Lookup lookup = lookup(text);
    if (lookup.matches.size() == 1) {
      return lookup.matches.get(0);
    }
    throw new InvalidInputException(problem(field, text, lookup));
  }

  /**
   * The state a path segment names.
   *
   * @throws ResourceNotFoundException saying why, with the closest matches
   */
  public StateView get(String code) {
    return find(code)
        .orElseThrow(
            () -> {
              FieldError why = problem("code", code);
              return new ResourceNotFoundException(
                  "'" + code + "': " + why.message(), List.of(why));
            });
  }

  /** Why {@code text} does not name exactly one state, or null when it does. */
  public FieldError problem(String field, String text) {
    Lookup lookup = lookup(text);
    return lookup.matches.size() == 1 ? null : problem(field, text, lookup);
  }

  /** The states a search box's text names, or failing that the closest names to it. */
  public List<StateView> search(String text) {
    Lookup lookup = lookup(text);
    return lookup.matches.isEmpty() ? suggest(lookup.key) : lookup.matches;
  }

  private FieldError problem(String field, String text, Lookup lookup) {
    if (text == null || text.isBlank()) {
      return new FieldError(field, "a state is required (ISO3 or ISO2 code, name or alias)");
    }
    if (lookup.matches.size() > 1) {
      return new FieldError(
          field,
          "ambiguous: it could be " + listed(lookup.matches, "or"),
          text,
          lookup.matches.stream().map(StateView::iso3).toList());
    }
    List<StateView> suggestions = suggest(lookup.key);
    String message =
        suggestions.isEmpty()
            ? "unknown state; use an ISO3 or ISO2 code, the UN name or an alias"
            : "unknown state; did you mean " + listed(suggestions, "or") + "?";
    return new FieldError(field, message, text, suggestions.stream().map(StateView::iso3).toList());
  }

  private Lookup lookup(String text) {
    if (text == null || text.isBlank()) {
      return new Lookup("", List.of());
    }
    String key = StateNames.key(text);
    Index idx = index();
    List<String> ambiguous = AMBIGUOUS_NAMES.get(key);
    if (ambiguous != null) {
      return new Lookup(key, ambiguous.stream().map(idx.byIso3::get).toList());
    }
    return new Lookup(key, idx.byKey.getOrDefault(key, List.of()));
  }

  /** Closest states: names containing the typed words first, then names a few typos away. */
  private List<StateView> suggest(String key) {
    if (key.isEmpty()) {
      return List.of();
    }
    Index idx = index();
    Map<StateView, Integer> scores = new HashMap<>();
    int threshold = Math.max(2, key.length() / 3);
    LevenshteinDistance distance = new LevenshteinDistance(threshold);
    for (Map.Entry<String, List<StateView>> entry : idx.byKey.entrySet()) {
      String name = entry.getKey();
      int score;
      if (key.length() >= 4 && StateNames.containsWords(name, key)) {
        score = 0;
      } else if (name.length() <= 3 || key.length() <= 3) {
        continue; // codes are too short for edit distance to mean anything
      } else {
        int d = distance.apply(key, name);
        if (d < 0) {
          continue;
        }
        score = d;
      }
      for (StateView state : entry.getValue()) {
        scores.merge(state, score, Math::min);
      }
    }
    return scores.entrySet().stream()
        .sorted(
            Map.Entry.<StateView, Integer>comparingByValue().thenComparing(e -> e.getKey().name()))
        .limit(MAX_SUGGESTIONS)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static String listed(List<StateView> states, String conjunction) {
    List<String> labels = states.stream().map(StateView::label).toList();
    if (labels.size() == 1) {
      return labels.get(0);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " "
        + conjunction
        + " "
        + labels.get(labels.size() - 1);
  }

  private Index index() {
    Index current = index;
    if (current == null) {
      synchronized (this) {
        current = index;
        if (current == null) {
          current = QuarkusTransaction.requiringNew().call(StateDirectory::load);
          index = current;
        }
      }
    }
    return current;
  }

  private static Index load() {
    List<StateView> states = State.listWithAliases().stream().map(State::toView).toList();
    Map<String, StateView> byIso3 = new LinkedHashMap<>();
    Map<String, Set<StateView>> byKey = new HashMap<>();
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (StateView state : states) {
      byIso3.put(state.iso3(), state);
      List<String> all = new ArrayList<>(List.of(state.iso3(), state.name()));
      if (state.iso2() != null) {
        all.add(state.iso2());
      }
      all.add(state.officialName());
      all.addAll(state.aliases());
      names.put(state.iso3(), all);
      for (String name : all) {
        byKey.computeIfAbsent(StateNames.key(name), k -> new LinkedHashSet<>()).add(state);
      }
    }
    Map<String, List<StateView>> keys =
        byKey.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    List<StateView> everyState =
        states.stream().sorted(Comparator.comparing(s -> StateNames.key(s.name()))).toList();
    Map<String, Integer> nameRank = new HashMap<>();
    for (int i = 0; i < everyState.size(); i++) {
      nameRank.put(everyState.get(i).iso3(), i);
    }
    List<StateView> byName = everyState.stream().filter(s -> !s.former()).toList();
    List<StateView> former = everyState.stream().filter(StateView::former).toList();
    // HashMaps: looked up for every state of every report, faster than Map.copyOf's probing
    return new Index(
        Collections.unmodifiableMap(new HashMap<>(byIso3)),
        keys,
        byName,
        former,
        Collections.unmodifiableMap(nameRank),
        new NameRecognizer(names, AMBIGUOUS_IN_TEXT));
  }

  /** The states' names as a pasted text may give them (built once with the directory). */
  public NameRecognizer recognizer() {
    return index().recognizer();
  }

  /** Orders ISO3 codes by their states' names, as the directory lists them (unknown codes last). */
  public Comparator<String> byName() {
    Map<String, Integer> rank = index().nameRank();
    return Comparator.comparingInt(iso3 -> rank.getOrDefault(iso3, Integer.MAX_VALUE));
  }

  private record Index(
      Map<String, StateView> byIso3,
      Map<String, List<StateView>> byKey,
      List<StateView> byName,
      List<StateView> former,
      Map<String, Integer> nameRank,
      NameRecognizer recognizer) {}

  private record Lookup(String key, List<StateView> matches) {}
}
