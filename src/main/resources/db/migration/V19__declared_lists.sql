-- A statement can declare what is known of its list of names: COMPLETE (the final list is known, an
-- annex prints it), PARTIAL (only some names) or NONE (no list was ever published), with the source
-- that shows it and a note. Answers show a declared status instead of the computed one, so reports
-- read it as recorded, from the statement's versions.
ALTER TABLE statement ADD COLUMN list_declared VARCHAR(10);
ALTER TABLE statement ADD COLUMN list_note VARCHAR(4000);
ALTER TABLE statement ADD COLUMN list_source_url VARCHAR(2000);
ALTER TABLE statement ADD COLUMN list_source_title VARCHAR(500);
ALTER TABLE statement ADD COLUMN list_source_publisher VARCHAR(200);
ALTER TABLE statement ADD COLUMN list_source_published_on DATE;
ALTER TABLE statement ADD COLUMN list_source_published_precision VARCHAR(5);
ALTER TABLE statement ADD COLUMN list_source_kind VARCHAR(10);
ALTER TABLE statement ADD CONSTRAINT statement_list_declared_check
    CHECK (list_declared IN ('COMPLETE', 'PARTIAL', 'NONE'));
ALTER TABLE statement_version ADD COLUMN list_declared VARCHAR(10);
