-- The last revision that changed each statement's records (a position or a retraction): a report
-- compares it with the revision its cached copy of those records was read at, and reads them again
-- only when it moved. Written only while the revision counter is locked (when a revision is
-- numbered), so writers never wait on each other here and a replica never misses a change. A
-- statement without a row has not changed since this table was created.
CREATE TABLE statement_change (
    statement_id    BIGINT NOT NULL PRIMARY KEY,
    revision_number BIGINT NOT NULL
);
