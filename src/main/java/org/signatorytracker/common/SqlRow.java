package org.signatorytracker.common;

import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.query.NativeQuery;
import org.hibernate.query.TupleTransformer;

/**
 * A row of a native query read by column alias, not by position, so that adding a column to a query
 * cannot shift what another column is read as. Values have the types the query declared with {@code
 * addScalar}.
 */
public final class SqlRow {

  private final Object[] values;
  private final String[] aliases;

  private SqlRow(Object[] values, String[] aliases) {
    this.values = values;
    this.aliases = aliases;
  }

  /** Turns every row of the query into a {@code SqlRow}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static NativeQuery<SqlRow> of(NativeQuery<?> query) {
    TupleTransformer<SqlRow> rows = SqlRow::new;
    return (NativeQuery) query.setTupleTransformer((TupleTransformer) rows);
  }

  public Object get(String alias) {
    for (int i = 0; i < aliases.length; i++) {
      if (aliases[i].equalsIgnoreCase(alias)) {
        return values[i];
      }
    }
    throw new IllegalArgumentException("The query has no column " + alias);
  }

  public String text(String alias) {
    return (String) get(alias);
  }

  public Long number(String alias) {
    Object value = get(alias);
    return value == null ? null : ((Number) value).longValue();
  }

  public Integer integer(String alias) {
    Object value = get(alias);
    return value == null ? null : ((Number) value).intValue();
  }

  public LocalDate date(String alias) {
    return (LocalDate) get(alias);
  }

  public Instant instant(String alias) {
    return (Instant) get(alias);
  }

  public <E extends Enum<E>> E enumValue(String alias, Class<E> type) {
    String value = text(alias);
    return value == null ? null : Enum.valueOf(type, value);
  }
}
