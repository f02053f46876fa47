-- Dates as the sources give them: a day, a month, a year or an EDTF interval (2019-07-26/2019-10-01,
-- ../2019-10-01). Each date column keeps the notation as written (_text), the first day it allows
-- (_earliest, null for an open start) and the last (_on), from which the as-of rule counts. The
-- precision columns are replaced: the notation says it.

ALTER TABLE position_record ADD COLUMN effective_text VARCHAR(25);
ALTER TABLE position_record ADD COLUMN effective_earliest DATE;
ALTER TABLE position_record ADD COLUMN reported_text VARCHAR(25);
ALTER TABLE position_record ADD COLUMN reported_earliest DATE;

UPDATE position_record SET
    effective_text = CASE effective_precision
        WHEN 'DAY' THEN CAST(effective_on AS VARCHAR(10))
        WHEN 'MONTH' THEN SUBSTRING(CAST(effective_on AS VARCHAR(10)), 1, 7)
        ELSE SUBSTRING(CAST(effective_on AS VARCHAR(10)), 1, 4) END,
    effective_earliest = CASE effective_precision
        WHEN 'DAY' THEN effective_on
        WHEN 'MONTH' THEN CAST(SUBSTRING(CAST(effective_on AS VARCHAR(10)), 1, 7) || '-01' AS DATE)
        ELSE CAST(SUBSTRING(CAST(effective_on AS VARCHAR(10)), 1, 4) || '-01-01' AS DATE) END,
    reported_text = CASE reported_precision
        WHEN 'DAY' THEN CAST(reported_on AS VARCHAR(10))
        WHEN 'MONTH' THEN SUBSTRING(CAST(reported_on AS VARCHAR(10)), 1, 7)
        ELSE SUBSTRING(CAST(reported_on AS VARCHAR(10)), 1, 4) END,
    reported_earliest = CASE reported_precision
        WHEN 'DAY' THEN reported_on
        WHEN 'MONTH' THEN CAST(SUBSTRING(CAST(reported_on AS VARCHAR(10)), 1, 7) || '-01' AS DATE)
        ELSE CAST(SUBSTRING(CAST(reported_on AS VARCHAR(10)), 1, 4) || '-01-01' AS DATE) END;

ALTER TABLE position_record ALTER COLUMN effective_text SET NOT NULL;
ALTER TABLE position_record ALTER COLUMN reported_text SET NOT NULL;
ALTER TABLE position_record DROP COLUMN effective_precision;
ALTER TABLE position_record DROP COLUMN reported_precision;

ALTER TABLE statement ADD COLUMN dated_text VARCHAR(25);
ALTER TABLE statement ADD COLUMN dated_earliest DATE;

UPDATE statement SET
    dated_text = CASE dated_precision
        WHEN 'DAY' THEN CAST(dated_on AS VARCHAR(10))
        WHEN 'MONTH' THEN SUBSTRING(CAST(dated_on AS VARCHAR(10)), 1, 7)
        ELSE SUBSTRING(CAST(dated_on AS VARCHAR(10)), 1, 4) END,
    dated_earliest = CASE dated_precision
        WHEN 'DAY' THEN dated_on
        WHEN 'MONTH' THEN CAST(SUBSTRING(CAST(dated_on AS VARCHAR(10)), 1, 7) || '-01' AS DATE)
        ELSE CAST(SUBSTRING(CAST(dated_on AS VARCHAR(10)), 1, 4) || '-01-01' AS DATE) END
WHERE dated_on IS NOT NULL;

ALTER TABLE statement DROP CONSTRAINT statement_date_check;
ALTER TABLE statement DROP COLUMN dated_precision;
ALTER TABLE statement ADD CONSTRAINT statement_date_check
    CHECK ((dated_on IS NULL) = (dated_text IS NULL));
