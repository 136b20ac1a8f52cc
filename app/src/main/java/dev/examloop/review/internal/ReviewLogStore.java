package dev.examloop.review.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code review_log} table: every review, as FSRS scheduled it at the time. */
@Repository
public class ReviewLogStore {
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    public ReviewLogStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** A review to log, for {@link #addReviews}. */
    public record NewReview(
            String id,
            String cardId,
            long reviewedAt,
            int rating,
            int state,
            Long durationMs,
            double stability,
            double difficulty,
            long dueAt) {}

    /** Logs reviews in batches. */
    public void addReviews(String accountId, List<NewReview> reviews) {
        batches.batchUpdate(
                "INSERT INTO review_log (id, account_id, card_id, reviewed_at, rating, state, duration_ms, stability, "
                        + "difficulty, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                reviews,
                BATCH,
                (st, r) -> {
                    st.setString(1, r.id());
                    st.setString(2, accountId);
                    st.setString(3, r.cardId());
                    st.setLong(4, r.reviewedAt());
                    st.setInt(5, r.rating());
                    st.setInt(6, r.state());
                    st.setObject(7, r.durationMs(), java.sql.Types.BIGINT);
                    st.setDouble(8, r.stability());
                    st.setDouble(9, r.difficulty());
                    st.setLong(10, r.dueAt());
                });
    }

    public void addReview(String accountId, NewReview review) {
        addReviews(accountId, List.of(review));
    }

    /** Every logged review of the account as (card number, time, rating, state, duration), by card then time. */
    public List<long[]> reviewLog(String accountId) {
        return jdbc.sql(
                        "SELECT c.number, r.reviewed_at, r.rating, r.state, r.duration_ms FROM review_log r "
                                + "JOIN card c ON c.id = r.card_id WHERE r.account_id = ? ORDER BY c.number, r.reviewed_at, r.id")
                .param(accountId)
                .query((rs, n) -> {
                    long duration = rs.getLong("duration_ms");
                    return new long[] {
                        rs.getLong("number"),
                        rs.getLong("reviewed_at"),
                        rs.getInt("rating"),
                        rs.getInt("state"),
                        rs.wasNull() ? -1 : duration
                    };
                })
                .list();
    }

    /** How many cards had their first review since {@code since}. */
    public int introducedSince(String accountId, long since) {
        return jdbc.sql("SELECT COUNT(*) FROM review_log WHERE account_id = ? AND state = 0 AND reviewed_at >= ?")
                .params(accountId, since)
                .query(Integer.class)
                .single();
    }

    /** The durations (ms) of the account's latest reviews that have one, newest first. */
    public List<Long> recentDurations(String accountId, int limit) {
        return jdbc.sql("SELECT duration_ms FROM review_log WHERE account_id = ? AND duration_ms IS NOT NULL "
                        + "ORDER BY reviewed_at DESC LIMIT ?")
                .params(accountId, limit)
                .query(Long.class)
                .list();
    }
}
