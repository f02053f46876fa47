package org.signatorytracker.common;

/**
 * Who is making the current request, as the lower packages need to know it (to stamp a revision
 * with its author) without depending on the package that signs callers in: {@code security}
 * implements it.
 */
public interface CurrentAccount {

  /** The account name, or null for an anonymous caller (such as the demo loader at start). */
  String name();
}
