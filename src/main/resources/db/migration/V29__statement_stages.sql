-- A statement's life: dated stages, each with its sources. CIRCULATING (being gathered), DELIVERED
-- (read out, sent or handed over), PUBLISHED (its text or list made public), ABANDONED (reported
-- dropped); each stage at most once, its date as the sources give it (null: not known).
CREATE TABLE statement_stage (
    statement_id   BIGINT        NOT NULL REFERENCES statement (id),
    ordinal        INTEGER       NOT NULL,
    stage          VARCHAR(12)   NOT NULL,
    dated_text     VARCHAR(25),
    dated_earliest DATE,
    dated_on       DATE,
    note           VARCHAR(4000),
    PRIMARY KEY (statement_id, ordinal),
    CONSTRAINT statement_stage_check
        CHECK (stage IN ('CIRCULATING', 'DELIVERED', 'PUBLISHED', 'ABANDONED'))
);

-- The sources of each stage, in the order given, named by their stage.
CREATE TABLE statement_stage_source (
    statement_id        BIGINT        NOT NULL REFERENCES statement (id),
    ordinal             INTEGER       NOT NULL,
    stage               VARCHAR(12)   NOT NULL,
    url                 VARCHAR(2000),
    title               VARCHAR(500),
    publisher           VARCHAR(200),
    published_on        DATE,
    published_precision VARCHAR(5),
    kind                VARCHAR(10)   DEFAULT 'OTHER' NOT NULL,
    via                 VARCHAR(20000),
    PRIMARY KEY (statement_id, ordinal),
    CONSTRAINT statement_stage_source_kind_check
        CHECK (kind IN ('OFFICIAL', 'PRESS', 'ANONYMOUS', 'OTHER'))
);

-- The stages as each revision left them, packed (STAGE|date|reported;…, reported being the earliest
-- publication date of the stage's sources), so that an answer as recorded then says where the
-- statement then stood.
ALTER TABLE statement_version ADD COLUMN stages VARCHAR(1000);
