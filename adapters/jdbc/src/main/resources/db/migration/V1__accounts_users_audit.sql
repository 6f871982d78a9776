-- Accounts, users and the audit log: the foundation every later table refers to.

CREATE TABLE account (
    id                      BIGSERIAL PRIMARY KEY,
    name                    VARCHAR(100) NOT NULL,
    consultancy_account_id  BIGINT REFERENCES account (id) ON DELETE SET NULL,
    account_roles           TEXT[] NOT NULL DEFAULT '{}',
    CONSTRAINT account_name_unique UNIQUE (name),
    CONSTRAINT account_not_own_consultancy CHECK (consultancy_account_id IS NULL OR consultancy_account_id <> id)
);

CREATE TABLE app_user (
    id              BIGSERIAL PRIMARY KEY,
    account_id      BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    email           VARCHAR(255) NOT NULL,
    username        VARCHAR(255) NOT NULL,
    password_hash   VARCHAR(512) NOT NULL,
    active          BOOLEAN NOT NULL,
    timezone        VARCHAR(64) NOT NULL,
    roles           TEXT[] NOT NULL DEFAULT '{}',
    token_stamp     VARCHAR(64) NOT NULL,
    last_login_at   TIMESTAMPTZ,
    CONSTRAINT app_user_email_unique UNIQUE (email),
    CONSTRAINT app_user_username_unique UNIQUE (username)
);
CREATE INDEX app_user_account_idx ON app_user (account_id);

CREATE TABLE audit_event (
    id                BIGSERIAL PRIMARY KEY,
    event_datetime    TIMESTAMPTZ NOT NULL,
    event             VARCHAR(500) NOT NULL,
    active_user_id    BIGINT,
    active_user_name  VARCHAR(255),
    subject_kind      VARCHAR(16) NOT NULL,
    subject_id        BIGINT NOT NULL
);
CREATE INDEX audit_event_subject_idx ON audit_event (subject_kind, subject_id, event_datetime DESC);
