-- A claim about a side of an issue rather than one statement: "nearly 100 countries support China's
-- position on Xinjiang", per China's mission, 19 July 2022. Its count as phrased (as count_claim),
-- date, sources, quote and note; appended, and retracted (not deleted) when mistaken.

CREATE SEQUENCE side_claim_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE side_claim (
    id               BIGINT        NOT NULL PRIMARY KEY,
    issue            VARCHAR(80)   NOT NULL,
    side             VARCHAR(80)   NOT NULL,
    claimed_count    INTEGER       NOT NULL,
    claimed_bound    VARCHAR(8)    DEFAULT 'EXACT' NOT NULL,
    claimed_count_to INTEGER,
    claimed_text     VARCHAR(25)   NOT NULL,
    claimed_earliest DATE,
    claimed_on       DATE          NOT NULL,
    quote            VARCHAR(4000),
    note             VARCHAR(4000),
    recorded_by      VARCHAR(100),
    fingerprint      VARCHAR(64)   NOT NULL,
    anonymous_only   BOOLEAN       DEFAULT FALSE NOT NULL,
    revision_id      BIGINT        NOT NULL REFERENCES revision (id),
    CONSTRAINT side_claim_count_check CHECK (claimed_count >= 0),
    CONSTRAINT side_claim_bound_check
        CHECK (claimed_bound IN ('EXACT', 'ABOUT', 'NEARLY', 'AT_LEAST', 'AT_MOST', 'RANGE')),
    CONSTRAINT side_claim_range_check
        CHECK ((claimed_bound = 'RANGE' AND claimed_count_to > claimed_count)
            OR (claimed_bound <> 'RANGE' AND claimed_count_to IS NULL))
);
CREATE INDEX side_claim_issue_idx ON side_claim (issue, claimed_on);
CREATE INDEX side_claim_fingerprint_idx ON side_claim (fingerprint);

CREATE TABLE side_claim_source (
    claim_id            BIGINT        NOT NULL REFERENCES side_claim (id),
    ordinal             INTEGER       NOT NULL,
    url                 VARCHAR(2000),
    title               VARCHAR(500),
    publisher           VARCHAR(200),
    published_on        DATE,
    published_precision VARCHAR(5),
    kind                VARCHAR(10)   DEFAULT 'OTHER' NOT NULL,
    via                 VARCHAR(20000),
    PRIMARY KEY (claim_id, ordinal),
    CONSTRAINT side_claim_source_kind_check
        CHECK (kind IN ('OFFICIAL', 'PRESS', 'ANONYMOUS', 'OTHER'))
);

CREATE TABLE side_claim_retraction (
    claim_id     BIGINT        NOT NULL PRIMARY KEY REFERENCES side_claim (id),
    reason       VARCHAR(2000) NOT NULL,
    retracted_by VARCHAR(100),
    revision_id  BIGINT        NOT NULL REFERENCES revision (id)
);
