-- The search index on SQLite: one row per document, and an FTS5 table over its title, body and tags that
-- reads its text from that row (external content) and is kept in step by triggers. The porter tokenizer
-- stems English words, as PostgreSQL's 'english' configuration does (db/vendor/postgresql/V8_1). The column
-- scope holds one token per owner, kind, domain and tag (SearchScope), so that every filter is part of the
-- full-text match itself: no row is looked up to be filtered.

CREATE TABLE search_document (
    doc_id     INTEGER      PRIMARY KEY,
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
    scope      TEXT         NOT NULL
);

CREATE UNIQUE INDEX search_document_by_ref ON search_document (account_id, kind, ref_id);

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, tags_text, scope,
    content = 'search_document', content_rowid = 'doc_id',
    tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TRIGGER search_document_ai AFTER INSERT ON search_document BEGIN
    INSERT INTO search_fts (rowid, title, body, tags_text, scope)
    VALUES (new.doc_id, new.title, new.body, new.tags_text, new.scope);
END;

CREATE TRIGGER search_document_ad AFTER DELETE ON search_document BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body, tags_text, scope)
    VALUES ('delete', old.doc_id, old.title, old.body, old.tags_text, old.scope);
END;

CREATE TRIGGER search_document_au AFTER UPDATE ON search_document BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body, tags_text, scope)
    VALUES ('delete', old.doc_id, old.title, old.body, old.tags_text, old.scope);
    INSERT INTO search_fts (rowid, title, body, tags_text, scope)
    VALUES (new.doc_id, new.title, new.body, new.tags_text, new.scope);
END;
