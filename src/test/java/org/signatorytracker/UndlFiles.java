package org.signatorytracker;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Files in the UN Digital Library's published format (version 3, 20 columns), written by the tests:
 * no row of the real file ships (its licence allows non-commercial use only). {@link #row} writes
 * one row; {@link #generate} a whole file, a resolution per group of rows, one row per state,
 * resolutions spread over the years 1946 to 2025, the early sessions' symbols in their bracketed
 * form (A/RES/217(III)), votes drawn from a seeded random in the proportions of the Assembly
 * (mostly yes).
 */
public final class UndlFiles {

  public static final String HEADER =
      "undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,"
          + "title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,"
          + "total_non_voting,total_ms,undl_link\n";

  private UndlFiles() {}

  /** One row of the published file; a title with a comma or a line break comes quoted. */
  public static String row(
      String undlId,
      String code,
      String name,
      String vote,
      String date,
      String session,
      String symbol,
      String title) {
    return String.join(
            ",",
            undlId,
            code,
            name,
            vote,
            date,
            session,
            symbol,
            "A/" + session + "/L.1",
            "",
            "A/" + session + "/PV.1",
            title,
            "Agenda item",
            "HUMAN RIGHTS",
            "",
            "2.0",
            "1.0",
            "1.0",
            "1.0",
            "193.0",
            "https://digitallibrary.un.org/record/" + undlId)
        + "\n";
  }

  public static void generate(Path file, int rows, List<String> states) throws IOException {
    SplittableRandom random = new SplittableRandom(1946);
    int resolutions = (rows + states.size() - 1) / states.size();
    LocalDate first = LocalDate.of(1946, 12, 1);
    long days = first.until(LocalDate.of(2025, 7, 18)).toTotalMonths() * 30;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      int written = 0;
      for (int r = 0; r < resolutions && written < rows; r++) {
        LocalDate date = first.plusDays(days * r / resolutions);
        int number = date.getYear() - 1945;
        String session = String.valueOf(number);
        String symbol =
            number < 31
                ? "A/RES/" + (r + 1) + "(" + roman(number) + ")"
                : "A/RES/" + session + "/" + (r % 400 + 1);
        String title = "\"Resolution " + r + ", adopted by recorded vote : resolution\"";
        for (int s = 0; s < states.size() && written < rows; s++, written++) {
          int draw = random.nextInt(100);
          String vote = draw < 70 ? "Y" : draw < 78 ? "N" : draw < 93 ? "A" : "X";
          String state = states.get(s);
          out.write(
              row(
                  String.valueOf(100_000 + r),
                  state,
                  state + " NAME",
                  vote,
                  date.toString(),
                  session,
                  symbol,
                  title));
        }
      }
    }
  }

  private static String roman(int n) {
    StringBuilder out = new StringBuilder();
    int[] values = {10, 9, 5, 4, 1};
    String[] letters = {"X", "IX", "V", "IV", "I"};
    for (int i = 0; i < values.length; i++) {
      for (; n >= values[i]; n -= values[i]) {
        out.append(letters[i]);
      }
    }
    return out.toString();
  }
}
