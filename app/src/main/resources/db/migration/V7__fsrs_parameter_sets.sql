-- FSRS-6 parameters fitted to each learner's own review log (issue 7): every fit is kept, with the metrics
-- of the fit and of the defaults on the same reviews; at most one set per account is active, and the review
-- module schedules that account with it (the defaults when none is). Reverting activates an earlier set.
-- Portable SQL only (see V1); the partial unique index runs on SQLite and PostgreSQL.
CREATE TABLE fsrs_parameter_set (
    id                VARCHAR(36)      NOT NULL PRIMARY KEY,
    account_id        VARCHAR(64)      NOT NULL REFERENCES account (id),
    number            INTEGER          NOT NULL,
    weights           VARCHAR(600)     NOT NULL,
    reviews           INTEGER          NOT NULL,
    log_loss          DOUBLE PRECISION NOT NULL,
    rmse_bins         DOUBLE PRECISION NOT NULL,
    default_log_loss  DOUBLE PRECISION NOT NULL,
    default_rmse_bins DOUBLE PRECISION NOT NULL,
    outcome           VARCHAR(32)      NOT NULL,
    active            BOOLEAN          NOT NULL,
    created_at        BIGINT           NOT NULL,
    activated_at      BIGINT
);

CREATE UNIQUE INDEX fsrs_parameter_set_by_number ON fsrs_parameter_set (account_id, number);
CREATE UNIQUE INDEX fsrs_parameter_set_active ON fsrs_parameter_set (account_id) WHERE active;
