package org.signatorytracker.states;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.security.ReadAccess;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@AuthorizationPolicy(name = ReadAccess.NAME)
@Tag(name = "States", description = "UN member states, observer states and a few non-members")
public class StatesResource {

  static final Set<String> GROUPS =
      Set.of("African", "Asia-Pacific", "Eastern European", "GRULAC", "WEOG");

  @Inject StateDirectory directory;

  @GET
  @Path("states")
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @Operation(
      operationId = "listStates",
      summary = "List states: UN members, observers and a few non-members",
      description =
          "The reference table, by name, optionally one UN regional group (`none` for states"
              + " without one) or one UN status: today's 198 states, or with `status=former` the"
              + " states that no longer exist (the USSR, Yugoslavia, Czechoslovakia, …) with the"
              + " years they existed and their successors. A page, or as CSV (`Accept: text/csv` or"
              + " `format=csv`) the whole list in the columns of the import format's states table.")
  @APIResponse(
      responseCode = "200",
      description = "A page of states, or the whole list as CSV",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "StateView")
  public Response list(
      @Parameter(description = "African, Asia-Pacific, Eastern European, GRULAC, WEOG or none")
          @QueryParam("group")
          String group,
      @Parameter(
              description =
                  "member, observer or none; former for the states that no longer exist (not"
                      + " listed otherwise)")
          @QueryParam("status")
          String status,
      @BeanParam PageParameters page,
      @Context HttpHeaders headers) {
    String wantedGroup = group == null || group.isBlank() ? null : canonicalGroup(group);
    String wantedStatus = status == null || status.isBlank() ? null : canonicalStatus(status);
    List<StateView> states =
        (StateView.FORMER.equals(wantedStatus) ? directory.former() : directory.all())
            .stream()
                .filter(s -> wantedGroup == null || wantedGroup.equals(groupOf(s)))
                .filter(s -> wantedStatus == null || wantedStatus.equals(s.unStatus()))
                .toList();
    return ListAnswers.answer(
        headers, page.request(), p -> Page.slice(states, p), StateView.CSV, "states");
  }

  @GET
  @Path("states/{code}")
  @Operation(
      operationId = "getState",
      summary = "One state, by ISO3 or ISO2 code, name or alias",
      description =
          "Any ISO3 or ISO2 code, UN short or formal name, or alias used in UN documents and the"
              + " press, in any case and with or without accents, names a state; a name that fits"
              + " several (Korea) or none is a 404 whose errors suggest the closest states.")
  @APIResponse(
      responseCode = "200",
      description = "The state",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StateView.class))
      })
  @NonBlocking // answered from the directory in memory, on the I/O thread: no hand-off to a worker
  public StateView get(@PathParam("code") String code) {
    return directory.get(code);
  }

  private static String groupOf(StateView state) {
    return Objects.requireNonNullElse(state.regionalGroup(), "none");
  }

  private static String canonicalGroup(String group) {
    String wanted = group.strip();
    if (wanted.equalsIgnoreCase("none")) {
      return "none";
    }
    return GROUPS.stream()
        .filter(g -> g.equalsIgnoreCase(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    new FieldError(
                        "group",
                        "must be one of African, Asia-Pacific, Eastern European, GRULAC, WEOG,"
                            + " none",
                        group)));
  }

  private static String canonicalStatus(String status) {
    String wanted = status.strip().toLowerCase(Locale.ROOT);
    if (!Set.of("member", "observer", "none", StateView.FORMER).contains(wanted)) {
      throw new InvalidInputException(
          new FieldError("status", "must be one of member, observer, none, former", status));
    }
    return wanted;
  }
}
