package org.signatorytracker.common;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes any report that is also a tidy table as {@code text/csv}; {@link #nameTheFile} names it
 * for a browser.
 */
@Provider
@Produces("text/csv")
public class CsvTableWriter implements MessageBodyWriter<CsvTable> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return CsvTable.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      CsvTable table,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    write(table, out);
  }

  /** The table's header and rows as CSV. */
  static void write(CsvTable table, OutputStream out) throws IOException {
    CsvOutput csv = new CsvOutput(out, table.csvHeader());
    for (List<Object> row : table.csvRows()) {
      csv.row(row);
    }
    csv.flush();
  }

  /** Headers are set before the body is written, and a writer interceptor may come between. */
  @ServerResponseFilter
  public void nameTheFile(ContainerResponseContext response) {
    if (response.getEntity() instanceof CsvTable table
        && response.getMediaType() != null
        && response.getMediaType().isCompatible(MediaType.valueOf(ListAnswers.CSV))) {
      response.getHeaders().putSingle("Content-Type", "text/csv; charset=UTF-8");
      response
          .getHeaders()
          .putSingle("Content-Disposition", "inline; filename=\"" + table.csvName() + ".csv\"");
    }
  }
}
