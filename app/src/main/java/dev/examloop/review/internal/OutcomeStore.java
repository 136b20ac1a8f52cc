package dev.examloop.review.internal;

import dev.examloop.review.CardView;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code card_outcome} table: every answer and review of a card's topic, right or wrong. */
@Repository
public class OutcomeStore {
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    public OutcomeStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** An outcome to record, for {@link #addOutcomes}; the card's mistake count is the caller's to set. */
    public record NewOutcome(String id, String cardId, long at, boolean correct, String source, String detail) {}

    /** Records outcomes in batches; unlike {@link #addOutcome} it leaves the cards' mistake counts alone. */
    public void addOutcomes(String accountId, List<NewOutcome> outcomes) {
        batches.batchUpdate(
                "INSERT INTO card_outcome (id, card_id, account_id, at, correct, source, detail) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                outcomes,
                BATCH,
                (st, o) -> {
                    st.setString(1, o.id());
                    st.setString(2, o.cardId());
                    st.setString(3, accountId);
                    st.setLong(4, o.at());
                    st.setBoolean(5, o.correct());
                    st.setString(6, o.source());
                    st.setString(7, o.detail());
                });
    }

    /** Records an outcome; a wrong one counts as one more mistake of the card. */
    public void addOutcome(
            String id, String accountId, String cardId, long at, boolean correct, String source, String detail) {
        addOutcomes(accountId, List.of(new NewOutcome(id, cardId, at, correct, source, detail)));
        if (!correct) {
            jdbc.sql("UPDATE card SET mistakes = mistakes + 1 WHERE id = ? AND account_id = ?")
                    .params(cardId, accountId)
                    .update();
        }
    }

    public List<CardView.Outcome> outcomes(String accountId, String cardId) {
        return jdbc.sql("SELECT at, correct, source, detail FROM card_outcome WHERE account_id = ? AND card_id = ? "
                        + "ORDER BY at, id")
                .params(accountId, cardId)
                .query((rs, n) -> new CardView.Outcome(
                        Instant.ofEpochMilli(rs.getLong("at")),
                        rs.getBoolean("correct"),
                        rs.getString("source"),
                        rs.getString("detail")))
                .list();
    }
}
