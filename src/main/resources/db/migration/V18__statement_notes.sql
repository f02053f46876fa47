-- The researcher's notes on a statement: what is known about it that its sources do not say (kept
-- apart from its summary, which says what the statement itself says).
ALTER TABLE statement ADD COLUMN notes VARCHAR(10000);
