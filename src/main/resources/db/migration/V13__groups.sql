-- Groups of states with dated memberships (the Human Rights Council by year, the EU, the OIC, ...).
-- A membership runs from the first day its start allows to the last day its end allows (a partial
-- date such as 2004 or 2004-05 counts as its whole period: membership is known for all of it); an
-- open end means a member still. The five UN regional groups stay the states' own attribute.
CREATE SEQUENCE state_group_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE state_group (
    id          BIGINT         NOT NULL PRIMARY KEY,
    group_key   VARCHAR(80)    NOT NULL UNIQUE,
    name        VARCHAR(200)   NOT NULL,
    kind        VARCHAR(40)    NOT NULL,
    description VARCHAR(10000),
    source_url  VARCHAR(2000),
    version     BIGINT         NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE group_membership_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE group_membership (
    id         BIGINT        NOT NULL PRIMARY KEY,
    group_id   BIGINT        NOT NULL REFERENCES state_group (id),
    iso3       VARCHAR(3)    NOT NULL REFERENCES state (iso3),
    start_text VARCHAR(10)   NOT NULL,
    start_on   DATE          NOT NULL,
    end_text   VARCHAR(10),
    end_on     DATE,
    source_url VARCHAR(2000),
    note       VARCHAR(2000),
    CONSTRAINT group_membership_order CHECK (end_on IS NULL OR end_on >= start_on)
);

-- Members of a group on a day.
CREATE INDEX group_membership_group_idx ON group_membership (group_id, start_on);
CREATE INDEX group_membership_state_idx ON group_membership (iso3);
