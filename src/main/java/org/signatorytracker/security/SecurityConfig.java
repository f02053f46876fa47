package org.signatorytracker.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Accounts, sign-in and sessions: {@code tracker.auth.*}, {@code tracker.web.*}, {@code
 * tracker.api.*} and {@code tracker.admin-password}.
 */
@ConfigMapping(prefix = "tracker")
public interface SecurityConfig {

  Auth auth();

  Web web();

  Api api();

  /** Password of the first admin account (TRACKER_ADMIN_PASSWORD); random when unset. */
  Optional<String> adminPassword();

  interface Auth {
    /** Whether anyone may read; when false, reading needs an account with the reader role. */
    @WithDefault("true")
    boolean publicRead();

    /** bcrypt cost of new password hashes (each step doubles the work of a sign-in). */
    @WithDefault("10")
    int bcryptCost();

    Throttle throttle();
  }

  /** Failed sign-ins: after the free ones, each further failure doubles a wait (429). */
  interface Throttle {
    /** Failures of one account from one address before waits begin. */
    @WithDefault("5")
    int freePerAccount();

    /** Failures from one address, whatever the account, before waits begin. */
    @WithDefault("20")
    int freePerAddress();

    /** The longest wait. */
    @WithDefault("15M")
    Duration maxWait();

    /** Failures are forgotten after this long without one. */
    @WithDefault("15M")
    Duration forgetAfter();
  }

  /** The pages: sign-in sessions and the forms' CSRF tokens. */
  interface Web {
    /**
     * Key (16 characters or more) that signs the forms' CSRF tokens ({@code TRACKER_WEB_SECRET}):
     * replicas behind one load balancer must share it. When unset, a random key is made at start,
     * and a form loaded before a restart (or from another replica) must be loaded again.
     */
    Optional<String> secret();

    /** A session ends after this long without a request. */
    @WithDefault("8H")
    Duration sessionTimeout();

    /** A session ends this long after its sign-in, however busy it is. */
    @WithDefault("12H")
    Duration sessionMaxAge();

    /**
     * Whether the cookies always get {@code Secure}; without it they get it when the request came
     * over HTTPS, directly or through a trusted proxy ({@code quarkus.http.proxy.*}).
     */
    @WithDefault("false")
    boolean secureCookies();
  }

  /** The API's calls from browsers. */
  interface Api {
    /**
     * Origins (such as {@code https://research.example.org}) whose pages may send the API requests
     * that change data from a browser, besides the service's own; requests a browser marks as
     * coming from any other site are refused.
     */
    Optional<List<String>> allowedOrigins();
  }
}
