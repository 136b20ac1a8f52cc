-- The kind filter of search on PostgreSQL (PostgresEngine): the GIN match ANDed with this index, instead of the
-- primary key read backwards with each document's tsvector tested (issue 5, docs/performance.md).
CREATE INDEX search_document_by_kind ON search_document (kind);
