-- Every import that wrote something: who ran it, which files, what it wrote, and the revision of its
-- one transaction, which is how the records and claims it wrote are found again. Retracting an
-- import retracts every record and claim written in that revision (and only those), once.
CREATE SEQUENCE data_import_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE data_import (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    revision_id           BIGINT        NOT NULL REFERENCES revision (id),
    imported_by           VARCHAR(100),
    files                 VARCHAR(1000) NOT NULL,
    summary               VARCHAR(2000) NOT NULL,
    records_written       BIGINT        NOT NULL,
    claims_written        BIGINT        NOT NULL,
    retraction_reason     VARCHAR(2000),
    retracted_by          VARCHAR(100),
    retracted_revision_id BIGINT REFERENCES revision (id)
);
CREATE UNIQUE INDEX data_import_revision_idx ON data_import (revision_id);
CREATE INDEX count_claim_revision_idx ON count_claim (revision_id);
