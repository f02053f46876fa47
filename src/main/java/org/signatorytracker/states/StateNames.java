package org.signatorytracker.states;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The matching key of a state name: case, accents, punctuation and a leading "the" ignored. */
public final class StateNames {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02bc`´]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}']+");

  private StateNames() {}

  /** "Côte d’Ivoire" → "cote d'ivoire"; "The Bahamas" → "bahamas"; an ampersand reads as "and". */
  public static String key(String name) {
    if (asciiWord(name)) {
      return name.toLowerCase(Locale.ROOT); // a code or a one-word name: nothing else applies
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = APOSTROPHES.matcher(s).replaceAll("'");
    s = s.replace("&", " and ").toLowerCase(Locale.ROOT);
    s = SEPARATORS.matcher(s).replaceAll(" ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  private static boolean asciiWord(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /** Whether every word of {@code part} occurs, in order and whole, inside {@code whole}. */
  static boolean containsWords(String whole, String part) {
    return (" " + whole + " ").contains(" " + part + " ");
  }
}
