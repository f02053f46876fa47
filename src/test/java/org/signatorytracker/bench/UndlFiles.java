package org.signatorytracker.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Files in the UN Digital Library's published format (version 3, 20 columns), generated: no row of
 * the real file ships (its licence allows non-commercial use only). A resolution per group of rows,
 * one row per state, resolutions spread over the years 1946 to 2025, the early sessions' symbols in
 * their bracketed form (A/RES/217(III)), votes drawn from a seeded random in the proportions of the
 * Assembly (mostly yes).
 */
final class UndlFiles {

  private static final String HEADER =
      "undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,"
          + "title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,"
          + "total_non_voting,total_ms,undl_link\n";

  private UndlFiles() {}

  static void generate(Path file, int rows, List<String> states) throws IOException {
    SplittableRandom random = new SplittableRandom(1946);
    int resolutions = (rows + states.size() - 1) / states.size();
    LocalDate first = LocalDate.of(1946, 12, 1);
    long days = first.until(LocalDate.of(2025, 7, 18)).toTotalMonths() * 30;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      int written = 0;
      for (int r = 0; r < resolutions && written < rows; r++) {
        LocalDate date = first.plusDays(days * r / resolutions);
        int session = date.getYear() - 1945;
        String symbol =
            session < 31
                ? "A/RES/" + (r + 1) + "(" + roman(session) + ")"
                : "A/RES/" + session + "/" + (r % 400 + 1);
        String id = String.valueOf(100_000 + r);
        for (int s = 0; s < states.size() && written < rows; s++, written++) {
          int draw = random.nextInt(100);
          String vote = draw < 70 ? "Y" : draw < 78 ? "N" : draw < 93 ? "A" : "X";
          out.write(
              String.join(
                  ",",
                  id,
                  states.get(s),
                  states.get(s) + " NAME",
                  vote,
                  date.toString(),
                  String.valueOf(session),
                  symbol,
                  "A/" + session + "/L." + r,
                  "",
                  "A/" + session + "/PV." + (r % 100),
                  "\"Resolution " + r + ", adopted by recorded vote : resolution\"",
                  "Agenda item " + (r % 150),
                  "HUMAN RIGHTS",
                  "",
                  "120.0",
                  "14.0",
                  "45.0",
                  "14.0",
                  "193.0",
                  "https://digitallibrary.un.org/record/" + id));
          out.write('\n');
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
