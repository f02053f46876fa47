-- Personal API tokens for scripts: only the SHA-256 of a token is kept; the token itself is shown
-- once, when it is created. A token acts as its account, with the account's current role.
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id),
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_on   DATE,
    last_used_at TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
