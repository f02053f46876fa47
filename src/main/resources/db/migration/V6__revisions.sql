-- Revisions: every write transaction is numbered in commit order and timed when it commits, and
-- what it writes is stamped with it. "As recorded through revision n" (or "at instant t") then
-- names a fixed set of rows, so that any answer can be given again exactly as it was.

CREATE SEQUENCE revision_seq START WITH 2 INCREMENT BY 1;

CREATE TABLE revision (
    id           BIGINT       NOT NULL PRIMARY KEY,
    -- commit order; null while the writing transaction runs
    number       BIGINT       UNIQUE,
    committed_at TIMESTAMP(6) WITH TIME ZONE,
    committed_by VARCHAR(64)
);
CREATE INDEX revision_committed_at_idx ON revision (committed_at);

-- One row whose lock orders the commits of writers.
CREATE TABLE revision_counter (
    id                INTEGER      NOT NULL PRIMARY KEY,
    last_number       BIGINT       NOT NULL,
    last_committed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- Everything written before revisions were kept is revision 1, as of this upgrade.
INSERT INTO revision (id, number, committed_at) VALUES (1, 1, CURRENT_TIMESTAMP);
INSERT INTO revision_counter (id, last_number, last_committed_at) VALUES (1, 1, CURRENT_TIMESTAMP);

ALTER TABLE position_record ADD COLUMN revision_id BIGINT;
UPDATE position_record SET revision_id = 1;
ALTER TABLE position_record ALTER COLUMN revision_id SET NOT NULL;
ALTER TABLE position_record ADD CONSTRAINT position_record_revision_fk
    FOREIGN KEY (revision_id) REFERENCES revision (id);
CREATE INDEX position_revision_idx ON position_record (revision_id);
-- The revision's commit time is when a record was recorded.
DROP INDEX position_recorded_idx;
ALTER TABLE position_record DROP COLUMN recorded_at;

ALTER TABLE retraction ADD COLUMN revision_id BIGINT;
UPDATE retraction SET revision_id = 1;
ALTER TABLE retraction ALTER COLUMN revision_id SET NOT NULL;
ALTER TABLE retraction ADD CONSTRAINT retraction_revision_fk
    FOREIGN KEY (revision_id) REFERENCES revision (id);
ALTER TABLE retraction DROP COLUMN retracted_at;

ALTER TABLE audit_event ADD COLUMN revision_id BIGINT;
UPDATE audit_event SET revision_id = 1;
ALTER TABLE audit_event ALTER COLUMN revision_id SET NOT NULL;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_revision_fk
    FOREIGN KEY (revision_id) REFERENCES revision (id);

-- The fields of a statement that reports read, as each revision left them (the versions copied
-- here from before revisions were kept have negative ids); a deleted statement
-- ends with a version marked deleted. Reports read the statement from here, as recorded.
CREATE SEQUENCE statement_version_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE statement_version (
    id             BIGINT       NOT NULL PRIMARY KEY,
    statement_id   BIGINT       NOT NULL,
    revision_id    BIGINT       NOT NULL REFERENCES revision (id),
    statement_key  VARCHAR(80)  NOT NULL,
    title          VARCHAR(500) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    forum          VARCHAR(200),
    session_name   VARCHAR(100),
    dated_on       DATE,
    dated_earliest DATE,
    dated_text     VARCHAR(25),
    issue          VARCHAR(80),
    side           VARCHAR(80),
    reported_count INTEGER,
    deleted        BOOLEAN      NOT NULL,
    CONSTRAINT statement_version_once UNIQUE (statement_id, revision_id)
);
CREATE INDEX statement_version_key_idx ON statement_version (statement_key, revision_id);

INSERT INTO statement_version (id, statement_id, revision_id, statement_key, title, kind, forum,
    session_name, dated_on, dated_earliest, dated_text, issue, side, reported_count, deleted)
SELECT -id, id, 1, statement_key, title, kind, forum, session_name, dated_on, dated_earliest,
       dated_text, issue, side, reported_count, FALSE
FROM statement;
