package org.signatorytracker.states;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Finds the states a pasted text names: a UN annex, a press paragraph, a numbered list, a table. A
 * name is matched as whole words, the longest first ("Equatorial Guinea" before "Guinea", "South
 * Sudan" before "Sudan"; "Niger" is never inside "Nigeria"), from the reference table's names,
 * formal names and aliases in any case, with or without diacritics, and with the table's "Bolivia
 * (Plurinational State of)" and "Korea, Republic of" forms read both as written and turned round. A
 * word written in capitals in the table ("UK", "US", "DPRK", an ISO code) matches only in capitals,
 * so that "in", "no" and "us" stay words. A name that is more than one state's ("Congo", "Korea")
 * is reported with its candidates, never guessed; a list item that names no state is reported as
 * unplaced. Built once from the reference table; immutable.
 */
public final class NameRecognizer {

  /** The words of a text: letters and digits, with apostrophes inside ("d'Ivoire"). */
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}]+)*|&");

  /** Where one item of a list ends: a line, a comma, a semicolon, a tab, a bullet, "and". */
  private static final Pattern ITEM_END =
      Pattern.compile("[\\n\\r\\t,;•·|]+|\\s(?:and|&)\\s|\\s[–—]\\s");

  /**
   * What a list item may begin with before a name: numbering, an article, two small words ("the
   * other Gulf states"); more is prose.
   */
  private static final Pattern ITEM_LEAD =
      Pattern.compile("^[\\s\\p{Punct}\\d]*(?:(?:The|An?)\\s+)?(?:\\p{Ll}[\\p{Ll}']*\\s+){0,2}");

  /** Two-letter and three-letter codes that are English words: not codes on a line in capitals. */
  private static final Set<String> CODE_WORDS =
      Set.of(
          "AND", "ARE", "CAN", "PER", "IN", "IS", "IT", "NO", "TO", "BE", "AM", "AT", "DO", "ME",
          "MY", "SO", "BY", "GO", "HE", "WE", "AS", "OR", "OF", "ON", "AN");

  /** The small words inside names: "Republic of the", "São Tomé and Príncipe". */
  private static final Set<String> CONNECTORS =
      Set.of("of", "the", "and", "de", "du", "des", "da", "do", "la", "le", "et", "y", "e", "d'");

  /** The longest item read as an unplaced name; longer ones are prose. */
  private static final int MAX_UNPLACED_WORDS = 6;

  /** "Bolivia (Plurinational State of)": the name, then what the brackets hold. */
  private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*$");

  /** "Korea, Republic of": the name, then what follows the comma. */
  private static final Pattern INVERTED = Pattern.compile("^([^,]+),\\s*(.+)$");

  /** A phrase of the table: its words' keys, and which of them must be in capitals. */
  private record Phrase(String[] words, boolean[] capitals, List<String> states) {}

  /** A state found: the words that named it as written, from {@code start} to {@code end}. */
  public record Found(String iso3, String text, int start, int end) {}

  @Schema(description = "Words that name more than one state: the editor chooses")
  public record Ambiguous(
      @Schema(examples = "Congo") String text,
      @Schema(examples = "60") int start,
      @Schema(examples = "65") int end,
      @Schema(examples = "[\"COG\", \"COD\"]") List<String> candidates) {}

  @Schema(description = "A list item that reads like a name but names no state")
  public record Unplaced(
      @Schema(examples = "Narnia") String text,
      @Schema(examples = "67") int start,
      @Schema(examples = "73") int end) {}

  public record Recognition(
      List<Found> found, List<Ambiguous> ambiguous, List<Unplaced> unplaced) {}

  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

  /**
   * @param names each state's names (ISO3 → its name, formal name, aliases and codes)
   * @param ambiguous names that are more than one state's whatever the table says (key → codes)
   */
  public NameRecognizer(Map<String, List<String>> names, Map<String, List<String>> ambiguous) {
    Map<String, Set<String>> statesByPhrase = new LinkedHashMap<>();
    ambiguous.forEach((key, states) -> statesByPhrase.put(key, new LinkedHashSet<>(states)));
    // a word must be in capitals only where every way the table writes the phrase has it so
    Map<String, boolean[]> capitalsByPhrase = new HashMap<>();
    names.forEach(
        (iso3, list) -> {
          for (String name : list) {
            for (String form : forms(name)) {
              String key = StateNames.key(form);
              if (!key.isEmpty()) {
                statesByPhrase.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(iso3);
                boolean[] capitals = capitals(form, key.split(" ").length);
                capitalsByPhrase.merge(key, capitals, NameRecognizer::both);
              }
            }
          }
        });
    statesByPhrase.forEach(
        (key, states) -> {
          String[] words = key.split(" ");
          boolean[] capitals = capitalsByPhrase.getOrDefault(key, new boolean[words.length]);
          byFirstWord
              .computeIfAbsent(words[0], w -> new ArrayList<>())
              .add(new Phrase(words, capitals, List.copyOf(states)));
        });
    // the longest phrase first, so that the first that fits is the longest
    byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
  }

  /**
   * A name as written, and turned round: "Bolivia (Plurinational State of)", "Korea, Republic of".
   */
  static List<String> forms(String name) {
    List<String> forms = new ArrayList<>(List.of(name));
    Matcher bracket = BRACKETED.matcher(name);
    if (bracket.matches()) {
      forms.add(bracket.group(2) + " " + bracket.group(1));
      forms.add(bracket.group(1));
    }
    Matcher comma = INVERTED.matcher(name);
    if (comma.matches()) {
      forms.add(comma.group(2) + " " + comma.group(1));
      forms.add(comma.group(1));
    }
    return forms;
  }

  private static boolean[] both(boolean[] a, boolean[] b) {
    boolean[] both = new boolean[a.length];
    for (int i = 0; i < a.length; i++) {
      both[i] = a[i] && b[i];
    }
    return both;
  }

  /** Which of a phrase's words are written in capitals in the table (more than one letter). */
  private static boolean[] capitals(String written, int count) {
    boolean[] capitals = new boolean[count];
    Matcher m = WORD.matcher(written);
    List<String> words = new ArrayList<>();
    while (m.find()) {
      words.add(m.group());
    }
    if (words.size() == count) {
      for (int i = 0; i < count; i++) {
        capitals[i] = inCapitals(words.get(i));
      }
    }
    return capitals;
  }

  private static boolean inCapitals(String word) {
    return word.length() > 1 && word.chars().noneMatch(Character::isLowerCase);
  }

  /** The states the text names, where, and what it names that cannot be placed. */
  public Recognition recognise(String text) {
    List<int[]> spans = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      keys.add(m.group().equals("&") ? "and" : StateNames.key(m.group()));
    }
    boolean[] capsLine = capitalLines(text, spans);
    List<Found> found = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<Ambiguous> ambiguous = new ArrayList<>();
    List<int[]> matched = new ArrayList<>();
    for (int i = 0; i < keys.size(); ) {
      Phrase phrase = longest(text, spans, keys, capsLine, i);
      if (phrase == null) {
        i++;
        continue;
      }
      int start = spans.get(i)[0];
      int end = closed(text, start, spans.get(i + phrase.words().length - 1)[1]);
      String written = text.substring(start, end);
      if (phrase.states().size() > 1) {
        ambiguous.add(new Ambiguous(written, start, end, phrase.states()));
      } else if (seen.add(phrase.states().get(0))) {
        found.add(new Found(phrase.states().get(0), written, start, end));
      }
      matched.add(new int[] {start, end});
      i += phrase.words().length;
    }
    return new Recognition(found, ambiguous, unplaced(text, matched));
  }

  /** A name's end, past the bracket it opened: "Venezuela (Bolivarian Republic of)". */
  private static int closed(String text, int start, int end) {
    int lastOpen = text.lastIndexOf('(', end - 1);
    boolean open = lastOpen >= start && lastOpen > text.lastIndexOf(')', end - 1);
    return open && end < text.length() && text.charAt(end) == ')' ? end + 1 : end;
  }

  private Phrase longest(
      String text, List<int[]> spans, List<String> keys, boolean[] capsLine, int i) {
    List<Phrase> candidates = byFirstWord.get(keys.get(i));
    if (candidates == null) {
      return null;
    }
    for (Phrase p : candidates) {
      if (fits(text, spans, keys, capsLine, i, p)) {
        return p;
      }
    }
    return null;
  }

  private static boolean fits(
      String text, List<int[]> spans, List<String> keys, boolean[] capsLine, int i, Phrase p) {
    if (i + p.words().length > keys.size()) {
      return false;
    }
    for (int k = 0; k < p.words().length; k++) {
      if (!keys.get(i + k).equals(p.words()[k])) {
        return false;
      }
      if (p.capitals()[k]) {
        String word = text.substring(spans.get(i + k)[0], spans.get(i + k)[1]);
        if (word.chars().anyMatch(Character::isLowerCase)
            || p.words().length == 1 && capsLine[i] && CODE_WORDS.contains(word)) {
          return false;
        }
      }
    }
    return true;
  }

  /** For each word, whether its line is written in capitals (a word of four letters or more). */
  private static boolean[] capitalLines(String text, List<int[]> spans) {
    boolean[] caps = new boolean[spans.size()];
    int from = 0;
    while (from < spans.size()) {
      int lineEnd = text.indexOf('\n', spans.get(from)[0]);
      int to = from;
      boolean lower = false;
      boolean longWord = false;
      while (to < spans.size() && (lineEnd < 0 || spans.get(to)[0] < lineEnd)) {
        String word = text.substring(spans.get(to)[0], spans.get(to)[1]);
        lower |= word.chars().anyMatch(Character::isLowerCase);
        longWord |= word.length() >= 4 && word.chars().allMatch(Character::isLetter);
        to++;
      }
      for (int k = from; k < to; k++) {
        caps[k] = !lower && longWord;
      }
      from = to;
    }
    return caps;
  }

  /** The list items that name no state but look like a name: capitalised, a few words. */
  private static List<Unplaced> unplaced(String text, List<int[]> matched) {
    List<Unplaced> unplaced = new ArrayList<>();
    Matcher ends = ITEM_END.matcher(text);
    int from = 0;
    while (from <= text.length()) {
      int to = ends.find(from) ? ends.start() : text.length();
      int next = to < text.length() ? ends.end() : text.length() + 1;
      item(text, from, to, matched).ifPresent(unplaced::add);
      from = next;
    }
    return unplaced;
  }

  /**
   * Whether words read as a name rather than prose: a few words, capitalised but for the small
   * words of names and at most one other ("Gulf states"; not "The Council adopted the text").
   */
  private static boolean nameLike(String words) {
    String[] each = words.split("\\s+");
    int lower = 0;
    for (String word : each) {
      if (Character.isLowerCase(word.charAt(0)) && !CONNECTORS.contains(word)) {
        lower++;
      }
    }
    return each.length <= MAX_UNPLACED_WORDS && lower <= 1;
  }

  private static Optional<Unplaced> item(String text, int from, int to, List<int[]> matched) {
    for (int[] span : matched) {
      if (span[0] < to && span[1] > from) {
        return Optional.empty();
      }
    }
    String item = text.substring(from, to);
    Matcher lead = ITEM_LEAD.matcher(item);
    int skip = lead.lookingAt() ? lead.end() : 0;
    String rest = item.substring(skip).stripTrailing();
    // trailing punctuation (a full stop, a bracket, an ellipsis) is not part of a name
    int cut = rest.length();
    while (cut > 0 && !Character.isLetterOrDigit(rest.charAt(cut - 1))) {
      cut--;
    }
    rest = rest.substring(0, cut);
    if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0)) || !nameLike(rest)) {
      return Optional.empty();
    }
    int start = from + skip;
    return Optional.of(new Unplaced(rest, start, start + rest.length()));
  }
}
