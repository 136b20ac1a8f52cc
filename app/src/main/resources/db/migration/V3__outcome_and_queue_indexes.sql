-- Indexes for the daily review queue at scale (50,000 cards, 1,000,000 reviews; bench/review):
-- the mistake count per card and the first reviews of the day.
CREATE INDEX card_outcome_by_card_and_result ON card_outcome (account_id, card_id, correct);
CREATE INDEX review_log_by_state ON review_log (account_id, state, reviewed_at);
CREATE INDEX card_by_state ON card (account_id, fsrs_state, created_at);
