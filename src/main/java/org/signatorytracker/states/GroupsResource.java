package org.signatorytracker.states;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.CsvOutput;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.common.Problem;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.security.AuditLog;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.security.Role;
import org.signatorytracker.states.GroupRequests.Member;
import org.signatorytracker.states.GroupRequests.NewGroup;
import org.signatorytracker.states.GroupViews.GroupMembers;
import org.signatorytracker.states.GroupViews.GroupPeriods;
import org.signatorytracker.states.GroupViews.GroupView;
import org.signatorytracker.states.GroupViews.MembershipRow;

@Path("/api/groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Groups",
    description =
        "Groups of states with dated membership (the Human Rights Council by year, the EU, the"
            + " OIC, the AU, the Arab League, the GCC, ASEAN and NAM ship with the service, each"
            + " period with its source). A partial start counts from its first day and a partial"
            + " end to its last day: membership is known for the whole period. Reports break"
            + " counts down by groups with `by=groups:hrc,oic`, taking membership as of the"
            + " report's `asOf`.")
public class GroupsResource {

  @Inject GroupService groups;
  @Inject MembershipImports memberships;

  @GET
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "listGroups",
      summary = "Every group, with how many members it has today",
      description = "The groups by key; a page, or as CSV the whole list.")
  @APIResponse(
      responseCode = "200",
      description = "A page of groups, or the whole list as CSV",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "GroupView")
  public Response list(@BeanParam PageParameters page, @Context HttpHeaders headers) {
    List<GroupView> all = groups.list();
    return ListAnswers.answer(
        headers, page.request(), p -> Page.slice(all, p), GroupView.CSV, "groups");
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "createGroup",
      summary = "Create a group",
      description =
          "A new group without members; set them with PUT /api/groups/{key}/members or import"
              + " them with POST /api/groups/memberships. 409 if the key is taken.")
  @APIResponse(
      responseCode = "201",
      description = "The group",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GroupView.class)))
  public Response create(@NotNull(message = Problem.BODY_REQUIRED) @Valid NewGroup body) {
    GroupView created = groups.create(body);
    return Response.created(
            UriBuilder.fromResource(GroupsResource.class).path(created.key()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("memberships.csv")
  @Produces(ListAnswers.CSV)
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "exportMemberships",
      summary = "Every membership period, as memberships.csv",
      description =
          "Columns group, iso3, start, end, source_url, note (the format POST"
              + " /api/groups/memberships reads); `group` limits it to some groups, separated by"
              + " commas.")
  @APIResponse(
      responseCode = "200",
      description = "The memberships",
      content = @Content(mediaType = "text/csv"))
  public Response exportMemberships(
      @Parameter(description = "Group keys, separated by commas; default every group")
          @QueryParam("group")
          String group) {
    List<MembershipRow> rows = groups.export(QueryParams.list(group));
    StreamingOutput body =
        out -> {
          CsvOutput csv = new CsvOutput(out, MembershipRow.HEADER);
          for (MembershipRow row : rows) {
            csv.row(row.cells());
          }
          csv.flush();
        };
    return Response.ok(body, ListAnswers.CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"memberships.csv\"")
        .build();
  }

  @POST
  @Path("memberships")
  @Consumes({ListAnswers.CSV, ListAnswers.TSV})
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "importMemberships",
      summary = "Import memberships.csv: replace the members of every group the file names",
      description =
          "Columns group, iso3, start, end, source_url, note (UTF-8, with a header row), as CSV"
              + " (RFC 4180, `text/csv`) or with tabs (`text/tab-separated-values`). Every group"
              + " the file names must exist; each one's periods are replaced by the file's, all in"
              + " one transaction: a file with any problem changes nothing and the answer names"
              + " each problem by line and column.")
  @APIResponse(
      responseCode = "200",
      description = "How many periods each group now has",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  public Map<String, Integer> importMemberships(InputStream body, @Context HttpHeaders headers)
      throws IOException {
    boolean tabs =
        ListAnswers.TSV.equals(
            headers.getMediaType().getType() + "/" + headers.getMediaType().getSubtype());
    return memberships.importMemberships(
        new InputStreamReader(body, StandardCharsets.UTF_8), tabs ? '\t' : ',');
  }

  @GET
  @Path("{key}")
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "getGroup",
      summary = "A group and its members on a date",
      description =
          "The states whose membership period includes `asOf` (default today), each with its"
              + " period and source.")
  @APIResponse(
      responseCode = "200",
      description = "The group's members",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GroupMembers.class)))
  public GroupMembers get(
      @PathParam("key") String key,
      @Parameter(
              description =
                  "The day membership is taken at (YYYY-MM-DD, YYYY-MM or YYYY: the"
                      + " last day of its period); default today")
          @QueryParam("asOf")
          String asOf) {
    LocalDate day = QueryParams.endDate("asOf", asOf, LocalDate.now(ZoneOffset.UTC));
    return groups.members(key, day);
  }

  @PUT
  @Path("{key}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "replaceGroupMembers",
      summary = "Replace every membership period of a group",
      description =
          "The list is the group's whole membership history: one entry per continuous period of"
              + " a state. States are named by code, name or alias; a period must not end before"
              + " it starts nor overlap another period of the same state (400 naming each).")
  @APIResponse(
      responseCode = "200",
      description = "The group's periods",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GroupPeriods.class)))
  public GroupPeriods replaceMembers(
      @PathParam("key") String key,
      @NotNull(message = Problem.BODY_REQUIRED) @Size(max = 5000)
          List<@NotNull @Valid Member> body) {
    return groups.replaceMembers(key, body);
  }

  @GET
  @Path("{key}/history")
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "groupHistory",
      summary = "Every revision of a group",
      description = "Who created the group or replaced its members, and when, oldest first.")
  public List<AuditLog.AuditEntry> history(@PathParam("key") String key) {
    return groups.history(key);
  }
}
