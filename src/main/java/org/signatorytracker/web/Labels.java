package org.signatorytracker.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URI;
import java.util.Map;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.SourceKind;
import org.signatorytracker.common.SourceVia;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.Breakdowns;
import org.signatorytracker.statements.LifeStage;

/**
 * The words pages show a person for the codes the API and CSV keep: "Not voting", "Press", "no UN
 * regional group", a group's name, a source by its title or its site.
 */
@TemplateExtension
final class Labels {

  private Labels() {}

  /** "Signed", "Withdrew", "Yes", "No", "Abstained", "Not voting". */
  static String label(PositionAction action) {
    return switch (action) {
      case SIGNED -> "Signed";
      case WITHDREW -> "Withdrew";
      case YES -> "Yes";
      case NO -> "No";
      case ABSTAIN -> "Abstained";
      case NOT_VOTING -> "Not voting";
    };
  }

  /** A share as a person reads it: 0.9804 is "98%". */
  static String percent(Double share) {
    return share == null ? "" : Math.round(share * 100) + "%";
  }

  /** "Circulating", "Delivered", "Published", "Abandoned". */
  static String label(LifeStage stage) {
    return switch (stage) {
      case CIRCULATING -> "Circulating";
      case DELIVERED -> "Delivered";
      case PUBLISHED -> "Published";
      case ABANDONED -> "Abandoned";
    };
  }

  /** "Official", "Press", "Anonymous", "Other". */
  static String label(SourceKind kind) {
    return switch (kind) {
      case OFFICIAL -> "Official";
      case PRESS -> "Press";
      case ANONYMOUS -> "Anonymous";
      case OTHER -> "Other";
    };
  }

  /**
   * Whom a source relies on, as a person reads it: "citing Reuters, citing anonymous sources (three
   * diplomats and a rights expert)"; empty for a source relying on no one it names.
   */
  static String citing(Source source) {
    StringBuilder text = new StringBuilder();
    for (SourceVia link : source.via()) {
      text.append(text.isEmpty() ? "citing " : ", citing ");
      String who =
          link.title() != null
              ? link.title()
              : link.kind() == SourceKind.ANONYMOUS
                  ? "anonymous sources"
                  : link.kind() == SourceKind.OTHER
                      ? "a source"
                      : "a source (" + label(link.kind()).toLowerCase(java.util.Locale.ROOT) + ")";
      text.append(who);
      if (link.note() != null) {
        text.append(" (").append(link.note()).append(')');
      }
    }
    return text.toString();
  }

  /** What a link to the source reads: its title, or else its site's domain, or else its URL. */
  static String linkText(Source source) {
    if (source.title() != null && !source.title().isBlank()) {
      return source.title();
    }
    if (source.url() == null) {
      return "";
    }
    try {
      String host = URI.create(source.url().strip()).getHost();
      if (host != null) {
        return host.startsWith("www.") ? host.substring(4) : host;
      }
    } catch (IllegalArgumentException e) {
      // not a URL a link can name by its site: show it whole
    }
    return source.url();
  }

  /**
   * A group of a breakdown ({@code by} as the answer names it) by its name: a group with dated
   * membership by its own name, and the states in none as "no UN regional group", "no M49 region"
   * or "in none of these groups".
   */
  static String group(String key, String by, Map<String, String> names) {
    boolean dated = by.startsWith("groups:");
    if (Breakdowns.NONE.equals(key)) {
      if (dated) {
        return "in none of these groups";
      }
      return by.startsWith("m49Subregion")
          ? "no M49 sub-region"
          : by.startsWith("m49Region") ? "no M49 region" : "no UN regional group";
    }
    return dated ? names.getOrDefault(key, key) : key;
  }
}
