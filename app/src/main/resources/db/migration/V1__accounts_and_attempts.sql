-- Examloop schema, part 1: accounts and exam attempts.
-- Every statement here runs unchanged on SQLite and PostgreSQL: portable types only (VARCHAR, TEXT,
-- INTEGER, BIGINT, BOOLEAN), ids made by the application, times as epoch milliseconds.

CREATE TABLE account (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name VARCHAR(200) NOT NULL,
    created_at   BIGINT       NOT NULL
);

-- Single-user mode still owns its rows: they belong to this account.
INSERT INTO account (id, display_name, created_at) VALUES ('local', 'Local learner', 0);

CREATE TABLE attempt (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id       VARCHAR(64)  NOT NULL REFERENCES account (id),
    pack_code        VARCHAR(64)  NOT NULL,
    pack_version     VARCHAR(64)  NOT NULL,
    mode             VARCHAR(16)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    question_count   INTEGER      NOT NULL,
    duration_seconds INTEGER,
    started_at       BIGINT       NOT NULL,
    deadline_at      BIGINT,
    submitted_at     BIGINT,
    submit_reason    VARCHAR(16),
    correct_count    INTEGER,
    current_position INTEGER,
    current_since    BIGINT,
    domains_filter   VARCHAR(400),
    draw_notes       TEXT,
    blueprint        TEXT         NOT NULL
);

CREATE INDEX attempt_by_account ON attempt (account_id, started_at);
CREATE INDEX attempt_by_status ON attempt (status, deadline_at);

CREATE TABLE attempt_question (
    attempt_id    VARCHAR(36)  NOT NULL REFERENCES attempt (id),
    position      INTEGER      NOT NULL,
    account_id    VARCHAR(64)  NOT NULL REFERENCES account (id),
    question_id   VARCHAR(128) NOT NULL,
    domain_id     VARCHAR(32)  NOT NULL,
    snapshot      TEXT         NOT NULL,
    selected      TEXT,
    flagged       BOOLEAN      NOT NULL,
    guessed       BOOLEAN      NOT NULL,
    checked       BOOLEAN      NOT NULL,
    answered_at   BIGINT,
    time_spent_ms BIGINT       NOT NULL,
    correct       BOOLEAN,
    PRIMARY KEY (attempt_id, position)
);

CREATE INDEX attempt_question_by_question ON attempt_question (account_id, question_id);
