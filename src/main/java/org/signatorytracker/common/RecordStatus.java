package org.signatorytracker.common;

/**
 * Where a record or a count claim stands: counted (STANDING), waiting for review (PENDING, counted
 * by no answer but a preview), rejected on review or retracted (counted by none).
 */
public enum RecordStatus {
  STANDING,
  PENDING,
  REJECTED,
  RETRACTED
}
