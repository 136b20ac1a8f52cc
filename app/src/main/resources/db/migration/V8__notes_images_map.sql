-- Examloop schema, part 8: notes with their links, images, the learner's map relations, and the tags of the
-- search index. Portable SQL only (see V1); the full-text part of the search index differs between the two
-- databases and lives in db/vendor/{sqlite,postgresql}/V8_1__search_index.sql.

CREATE TABLE note (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id VARCHAR(64)  NOT NULL REFERENCES account (id),
    number     BIGINT       NOT NULL,
    title      VARCHAR(300) NOT NULL,
    body       TEXT         NOT NULL,
    domain_id  VARCHAR(32),
    tags       TEXT         NOT NULL,
    created_at BIGINT       NOT NULL,
    updated_at BIGINT       NOT NULL
);

CREATE UNIQUE INDEX note_by_number ON note (account_id, number);
CREATE INDEX note_by_update ON note (account_id, updated_at);

-- A link from a note to a card, a question (PACK/ID), a resource or another note; backlinks read it by target.
CREATE TABLE note_link (
    note_id     VARCHAR(36)  NOT NULL REFERENCES note (id),
    account_id  VARCHAR(64)  NOT NULL REFERENCES account (id),
    target_kind VARCHAR(16)  NOT NULL,
    target_id   VARCHAR(200) NOT NULL,
    PRIMARY KEY (note_id, target_kind, target_id)
);

CREATE INDEX note_link_by_target ON note_link (account_id, target_kind, target_id);

-- Screenshots and images, kept in the database with the rest of the learner's data (decision 0031).
-- BYTEA is PostgreSQL's binary type; SQLite accepts the name and stores the bytes as a BLOB.
CREATE TABLE image (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id   VARCHAR(64)  NOT NULL REFERENCES account (id),
    content_type VARCHAR(32)  NOT NULL,
    byte_count   INTEGER      NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(200),
    data         BYTEA        NOT NULL,
    created_at   BIGINT       NOT NULL
);

CREATE INDEX image_by_account ON image (account_id, created_at);

-- Relations the learner adds to the map ("feeds data to", "monitors", "grants access to").
CREATE TABLE map_relation (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id VARCHAR(64)  NOT NULL REFERENCES account (id),
    source     VARCHAR(128) NOT NULL,
    target     VARCHAR(128) NOT NULL,
    relation   VARCHAR(64)  NOT NULL,
    created_at BIGINT       NOT NULL
);

CREATE UNIQUE INDEX map_relation_by_ends ON map_relation (account_id, source, target, relation);

-- The tags of every indexed document, one row each: the tag filter of search, the tag pages and the map's
-- co-occurrence read it. account_id '*' marks pack content, which every account sees; the index is derived
-- data, rebuilt from its sources, so it has no foreign key to account.
CREATE TABLE search_tag (
    account_id VARCHAR(64)  NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    ref_id     VARCHAR(200) NOT NULL,
    tag        VARCHAR(128) NOT NULL,
    PRIMARY KEY (account_id, kind, ref_id, tag)
);

CREATE INDEX search_tag_by_tag ON search_tag (account_id, tag);
