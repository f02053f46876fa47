-- Accounts (HTTP Basic, bcrypt hashes) and the audit trail of changes to statements and users.

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE app_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    name          VARCHAR(64)  NOT NULL UNIQUE,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(10)  NOT NULL,
    disabled      BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT app_user_role_check CHECK (role IN ('reader', 'editor', 'admin'))
);

CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;

-- One row per change to a statement or a user (with the values before and after, as JSON), and
-- one per import. Position records and retractions carry their own author and time.
CREATE TABLE audit_event (
    id           BIGINT         NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64),
    action       VARCHAR(40)    NOT NULL,
    subject_type VARCHAR(20)    NOT NULL,
    subject      VARCHAR(100)   NOT NULL,
    summary      VARCHAR(500),
    before_state VARCHAR(30000),
    after_state  VARCHAR(30000)
);

CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject, occurred_at);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
CREATE INDEX position_recorded_idx ON position_record (recorded_at);
