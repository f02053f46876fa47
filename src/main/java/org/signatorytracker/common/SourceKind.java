package org.signatorytracker.common;

/**
 * What kind of evidence a source is: a researcher weighs "the mission's own letter" and "diplomats
 * said" differently, and so should every answer that cites them.
 */
public enum SourceKind {
  /** A UN document, or a government's or mission's own text. */
  OFFICIAL,
  /** A named outlet's report. */
  PRESS,
  /** Unnamed sources: "diplomats said", a letter "seen by" a reporter. */
  ANONYMOUS,
  /** Anything else, and sources whose kind was not given. */
  OTHER
}
