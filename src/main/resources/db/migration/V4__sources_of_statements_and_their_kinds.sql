-- Every source says what kind of evidence it is, and a statement cites a list of sources like a
-- position record does, instead of one URL.

ALTER TABLE position_source ADD COLUMN kind VARCHAR(10) DEFAULT 'OTHER' NOT NULL;
ALTER TABLE position_source ADD CONSTRAINT position_source_kind_check
    CHECK (kind IN ('OFFICIAL', 'PRESS', 'ANONYMOUS', 'OTHER'));

CREATE TABLE statement_source (
    statement_id        BIGINT        NOT NULL REFERENCES statement (id),
    ordinal             INTEGER       NOT NULL,
    url                 VARCHAR(2000),
    title               VARCHAR(500),
    publisher           VARCHAR(200),
    published_on        DATE,
    published_precision VARCHAR(5),
    kind                VARCHAR(10)   DEFAULT 'OTHER' NOT NULL,
    PRIMARY KEY (statement_id, ordinal),
    CONSTRAINT statement_source_kind_check CHECK (kind IN ('OFFICIAL', 'PRESS', 'ANONYMOUS', 'OTHER'))
);

INSERT INTO statement_source (statement_id, ordinal, url, kind)
SELECT id, 0, url, 'OTHER' FROM statement WHERE url IS NOT NULL;

ALTER TABLE statement DROP COLUMN url;
