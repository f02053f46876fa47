package org.signatorytracker.security;

import java.util.Set;

/** What an account may do; each role includes the ones below it. */
public enum Role {
  reader,
  editor,
  admin;

  public static final String READER = "reader";
  public static final String EDITOR = "editor";
  public static final String ADMIN = "admin";

  /** This role and every role it includes. */
  public Set<String> granted() {
    return switch (this) {
      case reader -> Set.of(READER);
      case editor -> Set.of(READER, EDITOR);
      case admin -> Set.of(READER, EDITOR, ADMIN);
    };
  }
}
