-- The exam lock asks on every request whether the account sits a full mock: answer it from an index.
CREATE INDEX attempt_running ON attempt (account_id, status, mode);
