-- A statement's values before and after a change, as JSON, can be longer than 30,000 characters
-- (a summary of 10,000 characters with line breaks, twenty sources of 2,000-character URLs): the
-- audit trail keeps them whole.
ALTER TABLE audit_event ALTER COLUMN before_state SET DATA TYPE VARCHAR(200000);
ALTER TABLE audit_event ALTER COLUMN after_state SET DATA TYPE VARCHAR(200000);
