package org.signatorytracker.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
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
import org.signatorytracker.common.Fingerprint;
import org.signatorytracker.security.PageSessions;

/**
 * The CSRF token of the pages' forms, by double submission: a random value signed with the shared
 * secret, together with the session it was made for, sits in an HttpOnly cookie and in a hidden
 * field of every form, and a form post counts only when the two agree and the signature holds for
 * the browser's session (so that a cookie planted from a sibling domain, or a visitor's token
 * planted beside a signed-in session, fails). Templates read it as {@code inject:csrf.token}.
 */
@Named("csrf")
@RequestScoped
public class CsrfTokens {

  public static final String COOKIE = "tracker-csrf";
  public static final String FIELD = "csrf-token";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject RoutingContext routing;
  @Inject PageSessions sessions;
  @Inject SecurityIdentity identity;

  private String token;

  /**
   * This browser's token, made (and its cookie set) on first use, or when the one it has was made
   * for another session (before a sign-in, or planted beside this session's cookie).
   */
  public String token() {
    if (token == null) {
      Cookie cookie = routing.request().getCookie(COOKIE);
      String binding = binding();
      token =
          cookie != null && isSigned(cookie.getValue(), binding)
              ? cookie.getValue()
              : issue(binding);
    }
    return token;
  }

  /**
   * A new token for the session that just began (at sign-in): the token the browser had before does
   * not carry over.
   */
  public void renew(String sessionToken) {
    token = issue(bindingOf(sessionToken));
  }

  private String issue(String binding) {
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    String issued = value + "." + signature(value, binding);
    routing.response().addCookie(sessions.cookie(COOKIE, issued, routing));
    return issued;
  }

  /** What a token is bound to: the session this browser is signed in with, if any. */
  private String binding() {
    return identity.isAnonymous() ? "" : bindingOf(PageSessions.token(routing));
  }

  private static String bindingOf(String sessionToken) {
    return sessionToken == null ? "" : Fingerprint.sha256(sessionToken);
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
        && isSigned(posted, binding());
  }

  private boolean isSigned(String value, String binding) {
    int dot = value.indexOf('.');
    return dot > 0
        && MessageDigest.isEqual(
            value.substring(dot + 1).getBytes(StandardCharsets.UTF_8),
            signature(value.substring(0, dot), binding).getBytes(StandardCharsets.UTF_8));
  }

  private String signature(String value, String binding) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              ("csrf:" + sessions.secret()).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal((value + "|" + binding).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
