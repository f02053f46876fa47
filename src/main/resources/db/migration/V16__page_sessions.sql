-- The pages' sign-in sessions, kept where every replica sees them: the cookie holds a random token,
-- this table its SHA-256. Ending a session deletes its row: signing out ends that session, changing
-- one's password ends the account's other sessions, an admin's password reset or disabling ends
-- all of them. A session also ends after tracker.web.session-timeout without a request and
-- tracker.web.session-max-age after it began.
CREATE TABLE page_session (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id),
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX page_session_user_idx ON page_session (user_id);
