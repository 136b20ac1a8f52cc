-- Examloop schema, part 2: the feedback loop — post-mortem entries, mocks logged from elsewhere, review
-- cards with their memory state (FSRS), outcome history and review log. Portable SQL only (see V1).

CREATE TABLE card (
    id             VARCHAR(36)      NOT NULL PRIMARY KEY,
    account_id     VARCHAR(64)      NOT NULL REFERENCES account (id),
    number         BIGINT           NOT NULL,
    kind           VARCHAR(16)      NOT NULL,
    topic          VARCHAR(128)     NOT NULL,
    pack_code      VARCHAR(64),
    question_id    VARCHAR(128),
    title          VARCHAR(300)     NOT NULL,
    domain_id      VARCHAR(32),
    domain_title   VARCHAR(200),
    tags           TEXT             NOT NULL,
    links          TEXT             NOT NULL,
    note           TEXT,
    confidence     INTEGER          NOT NULL,
    workflow       VARCHAR(16)      NOT NULL,
    fsrs_state     INTEGER          NOT NULL,
    fsrs_step      INTEGER          NOT NULL,
    stability      DOUBLE PRECISION,
    difficulty     DOUBLE PRECISION,
    due_at         BIGINT           NOT NULL,
    last_review_at BIGINT,
    zone           VARCHAR(8)       NOT NULL,
    zone_reason    VARCHAR(400)     NOT NULL,
    created_at     BIGINT           NOT NULL,
    updated_at     BIGINT           NOT NULL
);

CREATE UNIQUE INDEX card_by_topic ON card (account_id, kind, topic);
CREATE UNIQUE INDEX card_by_number ON card (account_id, number);
CREATE INDEX card_by_due ON card (account_id, due_at);
CREATE INDEX card_by_zone ON card (account_id, zone, due_at);

CREATE TABLE card_outcome (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    card_id    VARCHAR(36)  NOT NULL REFERENCES card (id),
    account_id VARCHAR(64)  NOT NULL REFERENCES account (id),
    at         BIGINT       NOT NULL,
    correct    BOOLEAN      NOT NULL,
    source     VARCHAR(16)  NOT NULL,
    detail     VARCHAR(300)
);

CREATE INDEX card_outcome_by_card ON card_outcome (account_id, card_id, at);

CREATE TABLE review_log (
    id          VARCHAR(36)      NOT NULL PRIMARY KEY,
    account_id  VARCHAR(64)      NOT NULL REFERENCES account (id),
    card_id     VARCHAR(36)      NOT NULL REFERENCES card (id),
    reviewed_at BIGINT           NOT NULL,
    rating      INTEGER          NOT NULL,
    state       INTEGER          NOT NULL,
    duration_ms BIGINT,
    stability   DOUBLE PRECISION NOT NULL,
    difficulty  DOUBLE PRECISION NOT NULL,
    due_at      BIGINT           NOT NULL
);

CREATE INDEX review_log_by_card ON review_log (account_id, card_id, reviewed_at);
CREATE INDEX review_log_by_time ON review_log (account_id, reviewed_at);

CREATE TABLE postmortem_entry (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id          VARCHAR(64)  NOT NULL REFERENCES account (id),
    attempt_id          VARCHAR(36),
    position            INTEGER,
    external_attempt_id VARCHAR(36),
    question_id         VARCHAR(128),
    topic               VARCHAR(128) NOT NULL,
    domain_id           VARCHAR(32),
    explanation         TEXT         NOT NULL,
    links               TEXT         NOT NULL,
    confidence          INTEGER      NOT NULL,
    card_id             VARCHAR(36)  NOT NULL REFERENCES card (id),
    created_at          BIGINT       NOT NULL,
    updated_at          BIGINT       NOT NULL
);

CREATE UNIQUE INDEX postmortem_by_item ON postmortem_entry (account_id, attempt_id, position);
CREATE INDEX postmortem_by_card ON postmortem_entry (account_id, card_id);

CREATE TABLE external_attempt (
    id            VARCHAR(36)      NOT NULL PRIMARY KEY,
    account_id    VARCHAR(64)      NOT NULL REFERENCES account (id),
    pack_code     VARCHAR(64),
    source        VARCHAR(200)     NOT NULL,
    taken_on      VARCHAR(10)      NOT NULL,
    score_percent DOUBLE PRECISION NOT NULL,
    domains       TEXT             NOT NULL,
    created_at    BIGINT           NOT NULL
);

CREATE TABLE review_settings (
    account_id                VARCHAR(64)      NOT NULL PRIMARY KEY REFERENCES account (id),
    desired_retention         DOUBLE PRECISION NOT NULL,
    new_cards_per_day         INTEGER          NOT NULL,
    schedule_missed_questions BOOLEAN          NOT NULL
);
