-- A position whose sources give no date of taking effect (a state named in a final annex, say) is
-- recorded without one: effective_text is then null, and effective_on holds the bound the sources do
-- give (it took effect no later than its reported date, or than the day it was recorded), from which
-- the as-of rule counts it, as from the last day of any uncertain date. A record with neither date
-- has no reported_text either; reported_on then holds the day it was recorded.
ALTER TABLE position_record ALTER COLUMN effective_text DROP NOT NULL;
ALTER TABLE position_record ALTER COLUMN reported_text DROP NOT NULL;
