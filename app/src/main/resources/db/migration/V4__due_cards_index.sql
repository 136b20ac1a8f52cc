-- The reviewed cards by due date, in queue order: serves the daily queue's page of due cards and its count
-- without touching new cards (bench/review, variant due-idx). Partial indexes run on SQLite and PostgreSQL.
CREATE INDEX card_due_reviewed ON card (account_id, due_at, number) WHERE fsrs_state <> 0;
