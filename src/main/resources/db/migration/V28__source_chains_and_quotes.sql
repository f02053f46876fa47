-- Whom a source relies on ("Reuters, citing four sources speaking on condition of anonymity"): a
-- JSON list of links [{"kind": "ANONYMOUS", "title": null, "note": "three diplomats and a rights
-- expert"}] on every table of sources; null when the source relies on no one it names.
ALTER TABLE statement_source ADD COLUMN via VARCHAR(20000);
ALTER TABLE position_source ADD COLUMN via VARCHAR(20000);
ALTER TABLE claim_source ADD COLUMN via VARCHAR(20000);
ALTER TABLE statement ADD COLUMN list_source_via VARCHAR(20000);

-- The text a statement's or a record's sources quote, in their own words.
ALTER TABLE statement ADD COLUMN quote VARCHAR(4000);
ALTER TABLE position_record ADD COLUMN quote VARCHAR(4000);

-- Whether every source of a record or claim rests on unnamed people (a source of kind ANONYMOUS,
-- or one whose chain passes through one): kept beside the row, so that reports can leave such rows
-- out without reading their sources. Rows written before chains existed rest on them when every
-- source is of kind ANONYMOUS.
ALTER TABLE position_record ADD COLUMN anonymous_only BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE count_claim ADD COLUMN anonymous_only BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE position_record SET anonymous_only = TRUE
WHERE EXISTS (SELECT 1 FROM position_source s WHERE s.position_id = position_record.id)
  AND NOT EXISTS (SELECT 1 FROM position_source s
                  WHERE s.position_id = position_record.id AND s.kind <> 'ANONYMOUS');

UPDATE count_claim SET anonymous_only = TRUE
WHERE EXISTS (SELECT 1 FROM claim_source s WHERE s.claim_id = count_claim.id)
  AND NOT EXISTS (SELECT 1 FROM claim_source s
                  WHERE s.claim_id = count_claim.id AND s.kind <> 'ANONYMOUS');
