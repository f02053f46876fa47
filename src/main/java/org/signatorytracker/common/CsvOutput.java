package org.signatorytracker.common;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes RFC 4180 CSV in UTF-8 (no byte-order mark, which R and pandas would read into the first
 * column name), with every text cell made safe for spreadsheets.
 */
public final class CsvOutput implements Flushable {

  private final CSVPrinter printer;

  public CsvOutput(OutputStream out, List<String> header) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    printer.printRecord(header);
  }

  public void row(List<?> cells) throws IOException {
    List<String> text = new ArrayList<>(cells.size());
    for (Object cell : cells) {
      text.add(cell(cell));
    }
    printer.printRecord(text);
  }

  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return SpreadsheetSafety.neutralise(value.toString());
  }

  @Override
  public void flush() throws IOException {
    printer.flush();
  }
}
