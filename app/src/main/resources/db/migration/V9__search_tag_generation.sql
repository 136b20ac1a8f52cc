-- A counter per account, raised in the same transaction as every change to its rows of search_tag: the map keeps
-- what it derives from the tags (co-occurrence relations, document counts) until the counter moves, on any
-- application node, instead of reading every tag of every document on each view (decision 0034).
CREATE TABLE search_tag_generation (
    account_id VARCHAR(64) NOT NULL PRIMARY KEY,
    generation BIGINT      NOT NULL
);
