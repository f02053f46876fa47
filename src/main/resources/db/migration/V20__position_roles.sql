-- The part a state took in a statement: SIGNATORY (the default), LEAD (delivered or coordinated it)
-- or SPONSOR (of a draft resolution). A lead's or sponsor's record of a letter is a signature.
ALTER TABLE position_record ADD COLUMN role VARCHAR(10) DEFAULT 'SIGNATORY' NOT NULL;
ALTER TABLE position_record ADD CONSTRAINT position_record_role_check
    CHECK (role IN ('SIGNATORY', 'LEAD', 'SPONSOR'));
