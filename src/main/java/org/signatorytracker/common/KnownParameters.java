package org.signatorytracker.common;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query parameters an endpoint does not know: {@code ?side=critical} on an endpoint without
 * that filter would otherwise be ignored and answer as if it had not been asked. The known names
 * are read once per endpoint from its declared parameters (including those of its {@code
 * BeanParam}s); {@code format} and {@code bom} are known everywhere.
 */
public class KnownParameters {

  /** Understood by every endpoint: the answer's format and a byte-order mark for Excel. */
  public static final Set<String> EVERYWHERE = Set.of("format", "bom");

  private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

  @ServerRequestFilter
  public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    if (method == null || !request.getUriInfo().getPath().startsWith("/api")) {
      return;
    }
    Set<String> names = known.computeIfAbsent(method, KnownParameters::declaredBy);
    for (String given : request.getUriInfo().getQueryParameters().keySet()) {
      if (!names.contains(given)) {
        throw new InvalidInputException(
            new FieldError(
                given,
                names.isEmpty()
                    ? "is not a parameter of this endpoint, which takes none"
                    : "is not a parameter of this endpoint; known parameters are "
                        + String.join(", ", names)));
      }
    }
  }

  private static Set<String> declaredBy(Method method) {
    Set<String> names = new TreeSet<>(EVERYWHERE);
    Parameter[] parameters = method.getParameters();
    for (Parameter parameter : parameters) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      RestQuery restQuery = parameter.getAnnotation(RestQuery.class);
      if (query != null) {
        names.add(query.value());
      } else if (restQuery != null) {
        names.add(restQuery.value().isEmpty() ? parameter.getName() : restQuery.value());
      } else if (parameter.getAnnotation(BeanParam.class) != null) {
        fieldsOf(parameter.getType(), names);
      }
    }
    return Collections.unmodifiableSet(names);
  }

  private static void fieldsOf(Class<?> type, Set<String> names) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        QueryParam query = field.getAnnotation(QueryParam.class);
        if (query != null) {
          names.add(query.value());
        }
        if (field.getAnnotation(BeanParam.class) != null) {
          fieldsOf(field.getType(), names);
        }
      }
    }
  }
}
