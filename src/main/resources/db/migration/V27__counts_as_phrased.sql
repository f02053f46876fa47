-- A count claim as its source phrases it: the number with its bound (EXACT, the default; ABOUT
-- "some 60"; NEARLY "nearly 100"; AT_LEAST "at least 50", "more than 40" being at least 41;
-- AT_MOST; RANGE "between 64 and 65", the count its low end and claimed_count_to its high end),
-- and the source's own words.
ALTER TABLE count_claim ADD COLUMN claimed_bound VARCHAR(8) DEFAULT 'EXACT' NOT NULL;
ALTER TABLE count_claim ADD COLUMN claimed_count_to INTEGER;
ALTER TABLE count_claim ADD COLUMN quote VARCHAR(4000);
ALTER TABLE count_claim ADD CONSTRAINT count_claim_bound_check
    CHECK (claimed_bound IN ('EXACT', 'ABOUT', 'NEARLY', 'AT_LEAST', 'AT_MOST', 'RANGE'));
ALTER TABLE count_claim ADD CONSTRAINT count_claim_range_check
    CHECK ((claimed_bound = 'RANGE' AND claimed_count_to > claimed_count)
        OR (claimed_bound <> 'RANGE' AND claimed_count_to IS NULL));
