-- A statement's count is a series of claims, each with its own date, sources and note ("37 at
-- delivery", "50 on 26 July, according to the mission"), appended and retracted like position
-- records. They replace the single reported_count of a statement.

CREATE SEQUENCE count_claim_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE count_claim (
    id               BIGINT        NOT NULL PRIMARY KEY,
    statement_id     BIGINT        NOT NULL REFERENCES statement (id),
    claimed_count    INTEGER       NOT NULL,
    -- the claim's date as written, its first day (null for an open start) and its last day
    claimed_text     VARCHAR(25)   NOT NULL,
    claimed_earliest DATE,
    claimed_on       DATE          NOT NULL,
    note             VARCHAR(4000),
    recorded_by      VARCHAR(100),
    -- SHA-256 of what the claim says, for repeated imports; null for claims made by migration
    fingerprint      VARCHAR(64),
    revision_id      BIGINT        NOT NULL REFERENCES revision (id),
    CONSTRAINT count_claim_count_check CHECK (claimed_count >= 0)
);
CREATE INDEX count_claim_statement_idx ON count_claim (statement_id, claimed_on);
CREATE INDEX count_claim_fingerprint_idx ON count_claim (fingerprint);

CREATE TABLE claim_source (
    claim_id            BIGINT        NOT NULL REFERENCES count_claim (id),
    ordinal             INTEGER       NOT NULL,
    url                 VARCHAR(2000),
    title               VARCHAR(500),
    publisher           VARCHAR(200),
    published_on        DATE,
    published_precision VARCHAR(5),
    kind                VARCHAR(10)   DEFAULT 'OTHER' NOT NULL,
    PRIMARY KEY (claim_id, ordinal),
    CONSTRAINT claim_source_kind_check CHECK (kind IN ('OFFICIAL', 'PRESS', 'ANONYMOUS', 'OTHER'))
);

CREATE TABLE claim_retraction (
    claim_id     BIGINT        NOT NULL PRIMARY KEY REFERENCES count_claim (id),
    reason       VARCHAR(2000) NOT NULL,
    retracted_by VARCHAR(100),
    revision_id  BIGINT        NOT NULL REFERENCES revision (id)
);

-- A reported count already stored becomes a claim on the statement's date, citing its sources; an
-- undated statement's count is known to have been claimed by the day it was recorded.
INSERT INTO count_claim (id, statement_id, claimed_count, claimed_text, claimed_earliest,
    claimed_on, note, revision_id)
SELECT -id, id, reported_count,
       COALESCE(dated_text, '../' || CAST(CAST(created_at AS DATE) AS VARCHAR(10))),
       dated_earliest,
       COALESCE(dated_on, CAST(created_at AS DATE)),
       'Reported count given with the statement', 1
FROM statement WHERE reported_count IS NOT NULL;

INSERT INTO claim_source (claim_id, ordinal, url, title, publisher, published_on,
    published_precision, kind)
SELECT -s.statement_id, s.ordinal, s.url, s.title, s.publisher, s.published_on,
       s.published_precision, s.kind
FROM statement_source s JOIN statement st ON st.id = s.statement_id
WHERE st.reported_count IS NOT NULL;

ALTER TABLE statement DROP COLUMN reported_count;
ALTER TABLE statement_version DROP COLUMN reported_count;
