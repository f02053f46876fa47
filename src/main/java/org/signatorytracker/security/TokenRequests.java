package org.signatorytracker.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.signatorytracker.common.CsvColumns;

/** The shapes of the token endpoints. A token's secret appears once, in {@link NewToken}. */
public final class TokenRequests {

  private TokenRequests() {}

  /** What a script's token is called (to tell tokens apart) and, optionally, its last day. */
  public record TokenRequest(
      @NotBlank @Size(max = 100, message = "must have at most {max} characters") String name,
      LocalDate expiresOn) {}

  /** A token just created: {@code token} is shown this once and never again. */
  public record NewToken(
      long id, String name, String account, String token, Instant createdAt, LocalDate expiresOn) {}

  /** A token as listed: never its secret. */
  public record TokenView(
      long id,
      String name,
      String account,
      Instant createdAt,
      Instant lastUsedAt,
      LocalDate expiresOn) {}

  public static final CsvColumns<TokenView> TOKEN_CSV =
      CsvColumns.of(TokenView.class)
          .add("id", TokenView::id)
          .add("name", TokenView::name)
          .add("account", TokenView::account)
          .add("created_at", TokenView::createdAt)
          .add("last_used_at", TokenView::lastUsedAt)
          .add("expires_on", TokenView::expiresOn);
}
