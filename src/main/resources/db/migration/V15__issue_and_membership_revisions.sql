-- Issues and group memberships as each revision left them, so that an answer asked "as recorded"
-- sees the sides and the members of that time. An issue's versions are appended at every change;
-- a membership period is never deleted: a replacement marks it removed in its revision.
CREATE SEQUENCE issue_version_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE issue_version (
    id          BIGINT         NOT NULL PRIMARY KEY,
    issue_key   VARCHAR(80)    NOT NULL,
    revision_id BIGINT         NOT NULL REFERENCES revision (id),
    title       VARCHAR(500)   NOT NULL,
    description VARCHAR(10000),
    sides       VARCHAR(1000)  NOT NULL
);
CREATE INDEX issue_version_key_idx ON issue_version (issue_key, revision_id);

-- periods written before revisions were kept for them count from revision 1
ALTER TABLE group_membership ADD COLUMN revision_id BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE group_membership ADD COLUMN removed_in BIGINT;
ALTER TABLE group_membership ADD CONSTRAINT group_membership_revision_fk
    FOREIGN KEY (revision_id) REFERENCES revision (id);
ALTER TABLE group_membership ADD CONSTRAINT group_membership_removed_fk
    FOREIGN KEY (removed_in) REFERENCES revision (id);
