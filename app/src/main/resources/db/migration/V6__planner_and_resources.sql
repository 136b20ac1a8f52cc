-- The study planner (issue 4): goals, the blocks a learner started or finished, the plan's revisions (what
-- changed and why), and the library of learning resources with progress per section.
-- Times are epoch milliseconds; dates of the plan are ISO dates (YYYY-MM-DD) in the goal's time zone.

CREATE TABLE study_goal (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id         VARCHAR(64)  NOT NULL REFERENCES account (id),
    pack_code          VARCHAR(64)  NOT NULL,
    exam_at            BIGINT       NOT NULL,
    time_zone          VARCHAR(64)  NOT NULL,
    weekday_minutes    VARCHAR(64)  NOT NULL, -- seven numbers, Monday first: "240,240,240,240,240,360,360"
    days_off           TEXT         NOT NULL, -- JSON list of ISO dates
    final_window_hours INTEGER      NOT NULL,
    status             VARCHAR(16)  NOT NULL, -- active | archived
    outcome            VARCHAR(16),           -- passed | failed | not-taken, once archived
    score              INTEGER,
    calendar_token     VARCHAR(64)  NOT NULL,
    created_at         BIGINT       NOT NULL,
    updated_at         BIGINT       NOT NULL,
    archived_at        BIGINT
);
CREATE INDEX study_goal_account ON study_goal (account_id, status);
-- At most one active goal per account, even when two requests set one at the same moment.
CREATE UNIQUE INDEX study_goal_one_active ON study_goal (account_id) WHERE status = 'active';
CREATE UNIQUE INDEX study_goal_calendar ON study_goal (calendar_token);

CREATE TABLE study_block (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id      VARCHAR(64)  NOT NULL REFERENCES account (id),
    goal_id         VARCHAR(36)  NOT NULL REFERENCES study_goal (id),
    day             VARCHAR(10)  NOT NULL,
    block_key       VARCHAR(200) NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    domain_id       VARCHAR(32),
    section_id      VARCHAR(36),
    title           TEXT         NOT NULL, -- made from a resource's and a section's titles: up to ~600 characters
    planned_minutes INTEGER      NOT NULL,
    status          VARCHAR(16)  NOT NULL, -- running | paused | done
    started_at      BIGINT       NOT NULL,
    running_since   BIGINT,
    seconds         BIGINT       NOT NULL,
    finished_at     BIGINT
);
CREATE UNIQUE INDEX study_block_key ON study_block (account_id, goal_id, block_key);
CREATE INDEX study_block_day ON study_block (account_id, goal_id, day);

CREATE TABLE plan_revision (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id VARCHAR(64)  NOT NULL REFERENCES account (id),
    goal_id    VARCHAR(36)  NOT NULL REFERENCES study_goal (id),
    number     INTEGER      NOT NULL, -- 1, 2, … per goal: the order of revisions made within one clock tick
    created_at BIGINT       NOT NULL,
    plan_from  VARCHAR(10)  NOT NULL,
    snapshot   TEXT         NOT NULL, -- JSON: each domain's share, evidence and planned minutes
    changes    TEXT         NOT NULL  -- JSON list of lines: "Modeling +40 min: scored 52 % in the last mock"
);
CREATE UNIQUE INDEX plan_revision_goal ON plan_revision (account_id, goal_id, number);
CREATE INDEX plan_revision_day ON plan_revision (account_id, goal_id, plan_from, number);

CREATE TABLE resource (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    account_id VARCHAR(64)   NOT NULL REFERENCES account (id),
    type       VARCHAR(32)   NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    url        VARCHAR(2000) NOT NULL,
    domains    TEXT          NOT NULL, -- JSON list of domain ids
    tags       TEXT          NOT NULL, -- JSON list
    pack_code  VARCHAR(64),            -- the pack whose starter list it came from, or NULL when added by hand
    created_at BIGINT        NOT NULL,
    updated_at BIGINT        NOT NULL
);
CREATE INDEX resource_account ON resource (account_id, pack_code);

CREATE TABLE resource_section (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id  VARCHAR(64)  NOT NULL REFERENCES account (id),
    resource_id VARCHAR(36)  NOT NULL REFERENCES resource (id),
    position    INTEGER      NOT NULL,
    title       VARCHAR(300) NOT NULL,
    minutes     INTEGER      NOT NULL,
    domain_id   VARCHAR(32),
    status      VARCHAR(16)  NOT NULL, -- not-started | in-progress | done | revisit
    returns     INTEGER      NOT NULL, -- how many times the learner came back to it after done or revisit
    updated_at  BIGINT       NOT NULL
);
CREATE INDEX resource_section_resource ON resource_section (account_id, resource_id, position);
