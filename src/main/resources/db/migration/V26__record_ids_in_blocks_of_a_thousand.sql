-- Record ids are taken a thousand at a time (Hibernate's pooled optimizer, allocationSize 1000 on
-- PositionRecord): an import of 900,000 records asked the sequence 18,000 times, each a round trip
-- while the database waited for the next batch. Ids stay unique: the next value taken is above every
-- id handed out in blocks of 50 before.
ALTER SEQUENCE position_record_seq INCREMENT BY 1000;
