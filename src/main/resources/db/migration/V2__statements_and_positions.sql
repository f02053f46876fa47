-- Statements (letters, joint statements, recorded votes) and the append-only history of the
-- positions states took on them. Dates known only to the month or year are stored as the last
-- day of their period (what as-of computations compare against) plus their precision.

CREATE SEQUENCE statement_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE statement (
    id             BIGINT        NOT NULL PRIMARY KEY,
    statement_key  VARCHAR(80)   NOT NULL UNIQUE,
    title          VARCHAR(500)  NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    forum          VARCHAR(200),
    session_name   VARCHAR(100),
    dated_on       DATE,
    dated_precision VARCHAR(5),
    issue          VARCHAR(80),
    side           VARCHAR(80),
    reported_count INTEGER,
    addressee      VARCHAR(500),
    summary        VARCHAR(10000),
    url            VARCHAR(2000),
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT statement_kind_check CHECK (kind IN ('LETTER', 'JOINT_STATEMENT', 'VOTE')),
    CONSTRAINT statement_date_check CHECK ((dated_on IS NULL) = (dated_precision IS NULL))
);

CREATE INDEX statement_issue_idx ON statement (issue, dated_on);
CREATE INDEX statement_dated_on_idx ON statement (dated_on);

CREATE TABLE statement_lead_state (
    statement_id BIGINT     NOT NULL REFERENCES statement (id),
    ordinal      INTEGER    NOT NULL,
    iso3         VARCHAR(3) NOT NULL REFERENCES state (iso3),
    PRIMARY KEY (statement_id, ordinal)
);

CREATE SEQUENCE position_record_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE position_record (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    statement_id        BIGINT       NOT NULL REFERENCES statement (id),
    iso3                VARCHAR(3)   NOT NULL REFERENCES state (iso3),
    action              VARCHAR(12)  NOT NULL,
    effective_on        DATE         NOT NULL,
    effective_precision VARCHAR(5)   NOT NULL,
    reported_on         DATE         NOT NULL,
    reported_precision  VARCHAR(5)   NOT NULL,
    confidence          VARCHAR(10)  NOT NULL,
    note                VARCHAR(4000),
    recorded_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by         VARCHAR(100),
    -- SHA-256 of what the record says (statement, state, action, dates, confidence, sources,
    -- note): an import finds an identical record without comparing every field.
    fingerprint         VARCHAR(64)  NOT NULL,
    CONSTRAINT position_action_check
        CHECK (action IN ('SIGNED', 'WITHDREW', 'YES', 'NO', 'ABSTAIN', 'NOT_VOTING')),
    CONSTRAINT position_confidence_check CHECK (confidence IN ('CONFIRMED', 'REPORTED', 'DISPUTED'))
);

-- The as-of lookup: one statement, partitioned by state, latest effective date first.
CREATE INDEX position_standing_idx ON position_record (statement_id, iso3, effective_on);
-- A state's standing on every statement.
CREATE INDEX position_state_idx ON position_record (iso3, statement_id);
CREATE INDEX position_fingerprint_idx ON position_record (fingerprint);

CREATE TABLE position_source (
    position_id         BIGINT        NOT NULL REFERENCES position_record (id),
    ordinal             INTEGER       NOT NULL,
    url                 VARCHAR(2000),
    title               VARCHAR(500),
    publisher           VARCHAR(200),
    published_on        DATE,
    published_precision VARCHAR(5),
    PRIMARY KEY (position_id, ordinal)
);

-- A retraction takes a mistaken record out of every computation while keeping it in the history.
-- It lives in its own table so that position records are only ever inserted.
CREATE TABLE retraction (
    position_id  BIGINT        NOT NULL PRIMARY KEY REFERENCES position_record (id),
    reason       VARCHAR(2000) NOT NULL,
    retracted_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    retracted_by VARCHAR(100)
);
