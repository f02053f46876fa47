package org.signatorytracker.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.signatorytracker.security.PageSessions;

/**
 * The CSRF token of the pages' forms, by double submission: a random value signed with the shared
 * secret sits in an HttpOnly cookie and in a hidden field of every form, and a form post counts
 * only when the two agree and the signature holds (so that a cookie planted from a sibling domain
 * fails). Templates read it as {@code inject:csrf.token}.
 */
@Named("csrf")
@RequestScoped
public class CsrfTokens {

  public static final String COOKIE = "tracker-csrf";
  public static final String FIELD = "csrf-token";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject RoutingContext routing;
  @Inject PageSessions sessions;

  private String token;

  /** This browser's token, made (and its cookie set) on first use. */
  public String token() {
    if (token == null) {
      Cookie cookie = routing.request().getCookie(COOKIE);
      if (cookie != null && isSigned(cookie.getValue())) {
        token = cookie.getValue();
      } else {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        token = value + "." + signature(value);
        routing
            .response()
            .addCookie(
                Cookie.cookie(COOKIE, token)
                    .setHttpOnly(true)
                    .setPath("/")
                    .setSameSite(CookieSameSite.STRICT)
                    .setSecure(routing.request().isSSL()));
      }
    }
    return token;
  }

  public String field() {
    return FIELD;
  }

  /**
   * Refuses a form whose token is not this browser's: every form handler calls this first, before
   * it reads or changes anything.
   */
  public void require(String posted) {
    if (!accepts(posted)) {
      throw new FormRejectedException();
    }
  }

  /** A form post without this browser's CSRF token: 403, drawn as an error page. */
  public static class FormRejectedException extends RuntimeException {
    FormRejectedException() {
      super(
          "This form has expired or was sent from another site. Go back, reload the page and send"
              + " it again.");
    }
  }

  /** Whether a posted form's token is this browser's. */
  boolean accepts(String posted) {
    Cookie cookie = routing.request().getCookie(COOKIE);
    return posted != null
        && cookie != null
        && MessageDigest.isEqual(
            posted.getBytes(StandardCharsets.UTF_8),
            cookie.getValue().getBytes(StandardCharsets.UTF_8))
        && isSigned(posted);
  }

  private boolean isSigned(String value) {
    int dot = value.indexOf('.');
    return dot > 0
        && MessageDigest.isEqual(
            value.substring(dot + 1).getBytes(StandardCharsets.UTF_8),
            signature(value.substring(0, dot)).getBytes(StandardCharsets.UTF_8));
  }

  private String signature(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              ("csrf:" + sessions.secret()).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
