-- Review: with tracker.review.required on, a record, a retraction or a count claim written by
-- anyone is a proposal until another editor or an admin confirms or rejects it. A proposed record
-- or claim is inserted as usual, marked proposed, and counts nowhere until a confirmation is
-- recorded; from then on it counts as recorded in the confirmation's revision. A proposed retraction
-- waits in a table of its own and becomes a retraction, in the confirmation's revision, when
-- confirmed. Decisions are only ever inserted; each names who made it, when and why.

ALTER TABLE position_record ADD COLUMN proposed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE count_claim ADD COLUMN proposed BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE record_review (
    position_id  BIGINT        NOT NULL PRIMARY KEY REFERENCES position_record (id),
    confirmed    BOOLEAN       NOT NULL,
    reason       VARCHAR(2000),
    decided_by   VARCHAR(100),
    revision_id  BIGINT        NOT NULL REFERENCES revision (id)
);
CREATE INDEX record_review_revision_idx ON record_review (revision_id);
-- the proposals still waiting, found without reading every record
CREATE INDEX position_proposed_idx ON position_record (proposed, statement_id);

CREATE SEQUENCE retraction_proposal_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE retraction_proposal (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    position_id          BIGINT        NOT NULL REFERENCES position_record (id),
    reason               VARCHAR(2000) NOT NULL,
    proposed_by          VARCHAR(100),
    revision_id          BIGINT        NOT NULL REFERENCES revision (id),
    confirmed            BOOLEAN,
    decision_reason      VARCHAR(2000),
    decided_by           VARCHAR(100),
    decided_revision_id  BIGINT REFERENCES revision (id)
);
CREATE INDEX retraction_proposal_position_idx ON retraction_proposal (position_id);

CREATE TABLE claim_review (
    claim_id     BIGINT        NOT NULL PRIMARY KEY REFERENCES count_claim (id),
    confirmed    BOOLEAN       NOT NULL,
    reason       VARCHAR(2000),
    decided_by   VARCHAR(100),
    revision_id  BIGINT        NOT NULL REFERENCES revision (id)
);
CREATE INDEX claim_review_revision_idx ON claim_review (revision_id);
CREATE INDEX count_claim_proposed_idx ON count_claim (proposed, statement_id);

CREATE SEQUENCE claim_retraction_proposal_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE claim_retraction_proposal (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    claim_id             BIGINT        NOT NULL REFERENCES count_claim (id),
    reason               VARCHAR(2000) NOT NULL,
    proposed_by          VARCHAR(100),
    revision_id          BIGINT        NOT NULL REFERENCES revision (id),
    confirmed            BOOLEAN,
    decision_reason      VARCHAR(2000),
    decided_by           VARCHAR(100),
    decided_revision_id  BIGINT REFERENCES revision (id)
);
CREATE INDEX claim_retraction_proposal_claim_idx ON claim_retraction_proposal (claim_id);
