package org.signatorytracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.InvalidValueException;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.statements.IssueRequest;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.states.GroupRequests;
import org.signatorytracker.states.GroupService;
import org.signatorytracker.states.MembershipImports;

/** The reference tables of a data package: issues, groups and the periods of group membership. */
@ApplicationScoped
class ReferenceImports {

  @Inject IssueService issues;
  @Inject GroupService groups;
  @Inject MembershipImports memberships;
  @Inject Validator validator;

  /** Declares each issue of the file (or replaces its title, description and sides). */
  void importIssues(ImportFile file, ImportRun run) {
    ImportTables.read(
        file,
        ReferenceColumns.ISSUES,
        run,
        csv -> {
          for (CsvInput.Row row : csv) {
            String title = row.get("title");
            if (title == null) {
              run.error(file.name(), row.line(), "title", null, "is required");
              continue;
            }
            List<String> sides =
                row.get("sides") == null
                    ? List.of()
                    : Arrays.stream(row.get("sides").split(";"))
                        .map(String::strip)
                        .filter(side -> !side.isEmpty())
                        .toList();
            try {
              issues.put(row.get("key"), new IssueRequest(title, row.get("description"), sides));
              run.issueDeclared();
            } catch (InvalidInputException e) {
              for (FieldError error : e.errors()) {
                run.error(
                    file.name(),
                    row.line(),
                    error.field().startsWith("sides") ? "sides" : "key",
                    error.value(),
                    error.message());
              }
            } catch (ConflictException e) {
              run.error(file.name(), row.line(), "sides", row.get("sides"), e.getMessage());
            }
          }
        });
  }

  /** Creates each group of the file (or updates its name, kind, description and source). */
  void importGroups(ImportFile file, ImportRun run) {
    ImportTables.read(
        file,
        ReferenceColumns.GROUPS,
        run,
        csv -> {
          for (CsvInput.Row row : csv) {
            GroupRequests.NewGroup group =
                new GroupRequests.NewGroup(
                    row.get("group"),
                    row.get("name"),
                    row.get("kind"),
                    row.get("description"),
                    row.get("source_url"));
            var violations = validator.validate(group);
            if (!violations.isEmpty()) {
              for (var v : violations) {
                String field = v.getPropertyPath().toString();
                String column =
                    switch (field) {
                      case "key" -> "group";
                      case "sourceUrl" -> "source_url";
                      default -> field;
                    };
                run.error(
                    file.name(),
                    row.line(),
                    column,
                    v.getInvalidValue() == null ? null : v.getInvalidValue().toString(),
                    v.getMessage());
              }
              continue;
            }
            groups.save(group);
            run.groupSaved();
          }
        });
  }

  /** Replaces the periods of every group the file names. */
  void importMemberships(ImportFile file, ImportRun run) {
    ImportTables.read(
        file,
        ReferenceColumns.MEMBERSHIPS,
        run,
        csv -> {
          List<MembershipImports.MembershipLine> lines = new ArrayList<>();
          List<FieldError> errors = new ArrayList<>();
          for (CsvInput.Row row : csv) {
            PartialDate start = partialDate(file, row, "start", run);
            PartialDate end = partialDate(file, row, "end", run);
            if (row.get("start") == null) {
              run.error(file.name(), row.line(), "start", null, "is required");
            }
            lines.add(
                new MembershipImports.MembershipLine(
                    row.line(),
                    row.get("group"),
                    new GroupRequests.Member(
                        row.get("iso3"), start, end, row.get("source_url"), row.get("note"))));
          }
          if (run.failed()) {
            return;
          }
          try {
            memberships
                .importLines(lines, errors)
                .values()
                .forEach(periods -> run.membershipPeriods(periods));
          } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
              String field = error.field();
              long line = MembershipImports.lineNumber(field);
              run.error(
                  file.name(),
                  line,
                  field.replaceAll("^line \\d+: ", ""),
                  error.value(),
                  error.message());
            }
          }
        });
  }

  private static PartialDate partialDate(
      ImportFile file, CsvInput.Row row, String column, ImportRun run) {
    String text = row.get(column);
    if (text == null) {
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (InvalidValueException e) {
      run.error(file.name(), row.line(), column, text, e.getMessage());
      return null;
    }
  }
}
