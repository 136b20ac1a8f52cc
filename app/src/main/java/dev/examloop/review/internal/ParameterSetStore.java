package dev.examloop.review.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fsrs_parameter_set table: fitted FSRS-6 weights per account, at most one active. */
@Repository
public class ParameterSetStore {
    private static final String COLUMNS =
            "id, account_id, number, weights, reviews, log_loss, rmse_bins, default_log_loss, "
                    + "default_rmse_bins, outcome, active, created_at, activated_at";

    private final JdbcClient jdbc;

    public ParameterSetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored parameter set; {@code weights} are the 21 weights, comma-separated. */
    public record ParameterSetRow(
            String id,
            String accountId,
            int number,
            String weights,
            int reviews,
            double logLoss,
            double rmseBins,
            double defaultLogLoss,
            double defaultRmseBins,
            String outcome,
            boolean active,
            long createdAt,
            Long activatedAt) {}

    public void insert(ParameterSetRow row) {
        jdbc.sql("INSERT INTO fsrs_parameter_set (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        row.id(),
                        row.accountId(),
                        row.number(),
                        row.weights(),
                        row.reviews(),
                        row.logLoss(),
                        row.rmseBins(),
                        row.defaultLogLoss(),
                        row.defaultRmseBins(),
                        row.outcome(),
                        row.active(),
                        row.createdAt(),
                        row.activatedAt())
                .update();
    }

    /** The account's sets, newest first. */
    public List<ParameterSetRow> list(String accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM fsrs_parameter_set WHERE account_id = ? ORDER BY number DESC")
                .param(accountId)
                .query(ParameterSetStore::row)
                .list();
    }

    public Optional<ParameterSetRow> find(String accountId, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM fsrs_parameter_set WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(ParameterSetStore::row)
                .optional();
    }

    public Optional<ParameterSetRow> active(String accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM fsrs_parameter_set WHERE account_id = ? AND active = ?")
                .params(accountId, true)
                .query(ParameterSetStore::row)
                .optional();
    }

    /** The number the account's next set gets: 1, 2, … in the order they were fitted. */
    public int nextNumber(String accountId) {
        return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM fsrs_parameter_set WHERE account_id = ?")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    /** Makes {@code id} the account's active set (none: the defaults), in the caller's transaction. */
    public void activate(String accountId, String id, long now) {
        jdbc.sql("UPDATE fsrs_parameter_set SET active = ? WHERE account_id = ? AND active = ?")
                .params(false, accountId, true)
                .update();
        if (id != null) {
            jdbc.sql("UPDATE fsrs_parameter_set SET active = ?, activated_at = ? WHERE account_id = ? AND id = ?")
                    .params(true, now, accountId, id)
                    .update();
        }
    }

    private static ParameterSetRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long activatedAt = rs.getLong(13);
        boolean none = rs.wasNull();
        return new ParameterSetRow(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getDouble(6),
                rs.getDouble(7),
                rs.getDouble(8),
                rs.getDouble(9),
                rs.getString(10),
                rs.getBoolean(11),
                rs.getLong(12),
                none ? null : activatedAt);
    }
}
