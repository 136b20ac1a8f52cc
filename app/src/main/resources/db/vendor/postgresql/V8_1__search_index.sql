-- The search index on PostgreSQL: one row per document with a stored tsvector of its title (weight A),
-- tags (B) and body (C) in the 'english' configuration (stemming, stop words), and a GIN index on it.
-- SQLite has the same table with an FTS5 index instead (db/vendor/sqlite/V8_1); scope (the filter tokens
-- SQLite's index uses) is written here too, so that both databases share one write.

CREATE TABLE search_document (
    doc_id     BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id VARCHAR(64)  NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    ref_id     VARCHAR(200) NOT NULL,
    title      TEXT         NOT NULL,
    body       TEXT         NOT NULL,
    tags_text  TEXT         NOT NULL,
    domain_id  VARCHAR(32),
    tags       TEXT         NOT NULL,
    links      TEXT         NOT NULL,
    url        VARCHAR(400) NOT NULL,
    updated_at BIGINT       NOT NULL,
    scope      TEXT         NOT NULL,
    title_tsv  tsvector     GENERATED ALWAYS AS (to_tsvector('english', title)) STORED,
    tsv        tsvector     GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('english', tags_text), 'B')
        || setweight(to_tsvector('english', body), 'C')) STORED
);

CREATE UNIQUE INDEX search_document_by_ref ON search_document (account_id, kind, ref_id);
CREATE INDEX search_document_tsv ON search_document USING GIN (tsv);
-- The best title matches are candidates for ranking however many documents match (PostgresEngine).
CREATE INDEX search_document_title_tsv ON search_document USING GIN (title_tsv);
