package org.signatorytracker.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.CsvColumns;

/** The shapes of the account endpoints. Passwords are never returned or logged. */
public final class UserRequests {

  private UserRequests() {}

  public static final int MIN_PASSWORD = 12;

  public record NewUser(
      @NotBlank
          @Pattern(
              regexp = "[A-Za-z0-9][A-Za-z0-9._@-]{1,63}",
              message = "must be 2 to 64 letters, digits, dots, hyphens, underscores or @")
          String name,
      @NotNull
          @Size(
              min = MIN_PASSWORD,
              max = 128,
              message = "must have between {min} and {max} characters")
          String password,
      @NotNull Role role) {}

  /** Changes to an account; absent fields stay as they are. */
  public record UserChange(
      @Size(min = MIN_PASSWORD, max = 128, message = "must have between {min} and {max} characters")
          String password,
      Role role,
      @Schema(nullable = true) Boolean disabled) {}

  public record UserView(
      String name, Role role, boolean disabled, Instant createdAt, Instant updatedAt) {}

  /** The CSV form of the list of accounts. */
  public static final CsvColumns<UserView> USER_CSV =
      CsvColumns.of(UserView.class)
          .add("name", UserView::name)
          .add("role", UserView::role)
          .add("disabled", UserView::disabled)
          .add("created_at", UserView::createdAt)
          .add("updated_at", UserView::updatedAt);

  /** What the audit trail keeps of an account: never the password or its hash. */
  record UserRevision(String name, Role role, boolean disabled, boolean passwordChanged) {}
}
