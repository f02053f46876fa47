package org.signatorytracker.positions;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/**
 * Records the same position for several states in one transaction, so one revision: a list
 * recognised in a pasted text, confirmed. Every problem of every state is reported at once, by the
 * state's place in the list ({@code states[2]}), and nothing is written unless all hold.
 */
@ApplicationScoped
public class PositionBatches {

  @Inject PositionService positions;
  @Inject StatementService statements;
  @Inject StateDirectory states;
  @Inject MeterRegistry registry;

  /** The new records' ids, in the order of the states. */
  @Transactional
  public List<Long> record(String statementKey, PositionBatchRequest request) {
    Statement statement = statements.require(statementKey);
    List<FieldError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < request.states().size(); i++) {
      String field = "states[" + i + "]";
      String state = request.states().get(i);
      for (FieldError e : positions.problemsWith(statement.kind, request.of(state))) {
        errors.add(
            e.field().equals("state")
                ? new FieldError(field, e.message(), e.value(), e.suggestions())
                : e);
      }
      StateView named = states.find(state).orElse(null);
      if (named != null) {
        Integer first = seen.putIfAbsent(named.iso3(), i);
        if (first != null) {
          errors.add(
              new FieldError(
                  field,
                  "names " + named.label() + " again, as states[" + first + "] does",
                  state));
        }
      }
    }
    if (!errors.isEmpty()) {
      // the action's or a source's problem is the same for every state: once
      throw new InvalidInputException(errors.stream().distinct().toList());
    }
    List<PositionRecord> records = new ArrayList<>();
    for (String state : request.states()) {
      PositionRecord record = positions.newRecord(statement, request.of(state));
      record.persist();
      records.add(record);
    }
    registry.counter(PositionService.RECORDS_WRITTEN).increment(records.size());
    return records.stream().map(r -> r.id).toList();
  }
}
