-- Rows that writers lock to take turns where the rows they change cannot be locked beforehand:
-- imports (a second import of the same file would not see the first one's records until it
-- commits) and changes to admin accounts (two admins demoting each other must not both succeed).
-- A row lock works across every replica of the service.
CREATE TABLE service_lock (
    name VARCHAR(40) NOT NULL PRIMARY KEY
);
INSERT INTO service_lock (name) VALUES ('import');
INSERT INTO service_lock (name) VALUES ('accounts');
