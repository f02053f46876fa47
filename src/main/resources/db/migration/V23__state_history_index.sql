-- A state's history (its records by statement, effective date and revision) and its standings read
-- the state's records of some statements: this index holds every column those reads filter, join
-- and sort on, so that the database reads the index's entries of one state, side by side, rather
-- than each record's row where it lies. It takes over from position_state_idx (iso3, statement_id),
-- which it begins with.
CREATE INDEX position_state_history_idx
  ON position_record (iso3, statement_id, effective_on, revision_id);
DROP INDEX position_state_idx;
