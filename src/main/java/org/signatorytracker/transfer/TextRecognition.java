package org.signatorytracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.ReportService;
import org.signatorytracker.states.NameRecognizer;
import org.signatorytracker.states.StateDirectory;

/**
 * Reads a pasted text for the states it names ({@link NameRecognizer}), against a statement: a
 * state already standing on it is marked, so that it is not proposed twice. Writes nothing.
 */
@ApplicationScoped
public class TextRecognition {

  @Inject StateDirectory states;
  @Inject ReportService reports;

  public Recognition recognise(String key, String text) {
    // the statement's stances today, from the engine (404 for an unknown statement)
    Map<String, PositionAction> stances =
        reports.stances(key, ReportQuery.on(LocalDate.now(ZoneOffset.UTC))).actions();
    NameRecognizer.Recognition read = states.recognizer().recognise(text);
    return new Recognition(
        read.found().stream()
            .map(
                f -> {
                  PositionAction action = stances.get(f.iso3());
                  return new Recognition.Found(
                      f.iso3(),
                      states.byIso3(f.iso3()).orElseThrow().name(),
                      f.text(),
                      f.start(),
                      f.end(),
                      action != null && action.holds() ? action : null);
                })
            .toList(),
        read.ambiguous(),
        read.unplaced());
  }
}
