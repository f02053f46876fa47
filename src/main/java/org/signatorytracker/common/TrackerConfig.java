package org.signatorytracker.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The service's own settings, under {@code tracker.*} (environment: {@code TRACKER_*}). */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

  Demo demo();

  @WithName("import")
  Import importing();

  Limits limits();

  Export export();

  Auth auth();

  Backup backup();

  Reports reports();

  Web web();

  Pictures pictures();

  Api api();

  /** Password of the first admin account (TRACKER_ADMIN_PASSWORD); random when unset. */
  java.util.Optional<String> adminPassword();

  interface Demo {
    /**
     * Load the July 2019 Xinjiang letters at start when the database holds no statement yet ({@code
     * TRACKER_DEMO_LOAD=true}).
     */
    @WithDefault("false")
    boolean load();
  }

  interface Import {
    /** Largest upload an import accepts; larger ones are refused with 413. */
    @WithDefault("512M")
    MemorySize maxUploadSize();

    /** Largest size one file of an uploaded data package may expand to. */
    @WithDefault("1G")
    MemorySize maxExpandedSize();

    /** Most entries an uploaded data package may hold. */
    @WithDefault("64")
    int maxPackageEntries();

    /** How many problems an import reports before it only counts them. */
    @WithDefault("1000")
    int maxErrors();

    /** Rows written per JDBC batch and persistence-context flush. */
    @WithDefault("1000")
    int batchSize();

    /** How long one import transaction may run. */
    @WithDefault("1H")
    Duration timeout();
  }

  interface Export {
    /** Title of exported data packages and their citation. */
    @WithDefault("Signatory Tracker data")
    String title();

    /** Authors named in CITATION.cff, comma-separated in the environment. */
    @WithDefault("Signatory Tracker contributors")
    List<String> authors();
  }

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

  interface Backup {
    /** Where online backups of the embedded database are written. */
    @WithDefault("./data/backups")
    String directory();

    /** How many backups to keep: after a backup, older ones beyond this number are removed. */
    @WithDefault("7")
    int keep();

    /** How long one backup may run. */
    @WithDefault("1H")
    Duration timeout();
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

  /** The charts, maps and heat maps: what drawing them may cost. */
  interface Pictures {
    /** How many pictures are drawn at once; the others wait their turn. */
    @WithDefault("2")
    int concurrency();

    /** How long a picture waits for its turn before the answer is 503 with Retry-After. */
    @WithName("wait")
    @WithDefault("2S")
    Duration waitForTurn();

    /** The most bytes of drawn pictures kept, by their ETag, so that none is drawn twice. */
    @WithDefault("32M")
    MemorySize cacheSize();
  }

  interface Limits {
    /** Largest JSON body any other endpoint accepts. */
    @WithDefault("1M")
    MemorySize maxJsonBody();
  }

  interface Reports {
    /**
     * Most position records the reports keep in memory (about 60 bytes each), the statements read
     * least recently are dropped first; a statement larger than this is read for each report.
     */
    @WithDefault("1000000")
    int cacheRecords();
  }
}
