-- A statement can stand in several issues, each with its own side (a letter or joint statement) or
-- its own mapping of a vote's options to sides. The first of them stays in statement.issue, side
-- and vote_sides as the shorthand for one; statement_issue holds them all, in the order given.
-- Versions keep them too, so that answers as recorded see a statement's issues as they were.
CREATE TABLE statement_issue (
    statement_id BIGINT       NOT NULL REFERENCES statement (id),
    ordinal      INTEGER      NOT NULL,
    issue        VARCHAR(80)  NOT NULL,
    side         VARCHAR(80),
    vote_sides   VARCHAR(200),
    PRIMARY KEY (statement_id, ordinal),
    CONSTRAINT statement_issue_once UNIQUE (statement_id, issue)
);
CREATE INDEX statement_issue_issue_idx ON statement_issue (issue);

INSERT INTO statement_issue (statement_id, ordinal, issue, side, vote_sides)
SELECT id, 0, issue, side, vote_sides FROM statement WHERE issue IS NOT NULL;

CREATE TABLE statement_version_issue (
    version_id   BIGINT       NOT NULL REFERENCES statement_version (id),
    ordinal      INTEGER      NOT NULL,
    issue        VARCHAR(80)  NOT NULL,
    side         VARCHAR(80),
    vote_sides   VARCHAR(200),
    PRIMARY KEY (version_id, ordinal)
);
CREATE INDEX statement_version_issue_issue_idx ON statement_version_issue (issue, version_id);

INSERT INTO statement_version_issue (version_id, ordinal, issue, side, vote_sides)
SELECT id, 0, issue, side, vote_sides FROM statement_version WHERE issue IS NOT NULL;
