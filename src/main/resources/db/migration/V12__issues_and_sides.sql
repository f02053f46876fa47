-- Issues are first-class: a title, a description and the sides a statement of the issue can take.
-- Statements keep naming their issue by key; an issue used by statements but never declared has no
-- row here (and no sides to check). A vote maps its options to sides (vote_sides, such as
-- 'NO=supportive;YES=critical') and records its official result.
CREATE SEQUENCE issue_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE issue (
    id          BIGINT         NOT NULL PRIMARY KEY,
    issue_key   VARCHAR(80)    NOT NULL UNIQUE,
    title       VARCHAR(500)   NOT NULL,
    description VARCHAR(10000),
    version     BIGINT         NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE issue_side (
    issue_id BIGINT      NOT NULL REFERENCES issue (id),
    ordinal  INTEGER     NOT NULL,
    name     VARCHAR(80) NOT NULL,
    PRIMARY KEY (issue_id, ordinal)
);

ALTER TABLE statement ADD COLUMN vote_sides VARCHAR(200);
ALTER TABLE statement ADD COLUMN outcome_result VARCHAR(10);
ALTER TABLE statement ADD COLUMN outcome_on DATE;
ALTER TABLE statement ADD CONSTRAINT statement_outcome_check
    CHECK (outcome_result IS NULL OR outcome_result IN ('ADOPTED', 'REJECTED'));

-- The analysis of an issue reads its statements as recorded, with the sides their votes map to.
ALTER TABLE statement_version ADD COLUMN vote_sides VARCHAR(200);
CREATE INDEX statement_version_issue_idx ON statement_version (issue);
