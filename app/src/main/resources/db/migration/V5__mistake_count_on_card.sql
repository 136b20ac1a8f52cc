-- The number of mistakes on a card, kept on the card (updated with each wrong outcome) instead of counted
-- per read: the board and the daily queue read it for hundreds of cards at a time (bench/review).
ALTER TABLE card ADD COLUMN mistakes INTEGER NOT NULL DEFAULT 0;
UPDATE card SET mistakes = (SELECT COUNT(*) FROM card_outcome o
                            WHERE o.account_id = card.account_id AND o.card_id = card.id AND o.correct = FALSE);
