package org.signatorytracker.statements;

/** A stage of a statement's life, in the order a statement goes through them. */
public enum LifeStage {
  /** Being gathered: states are asked to sign it. */
  CIRCULATING,
  /** Read out, sent or handed over. */
  DELIVERED,
  /** Its text or its list of names made public. */
  PUBLISHED,
  /** Reported dropped before it was delivered. */
  ABANDONED
}
