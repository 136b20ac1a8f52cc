package dev.examloop.review.internal;

import dev.examloop.review.ReviewSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code review_settings} table: an account's desired retention, daily new cards, missed questions. */
@Repository
public class ReviewSettingsStore {
    private final JdbcClient jdbc;

    public ReviewSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ReviewSettings settings(String accountId) {
        return jdbc.sql("SELECT desired_retention, new_cards_per_day, schedule_missed_questions FROM review_settings "
                        + "WHERE account_id = ?")
                .param(accountId)
                .query((rs, n) -> new ReviewSettings(rs.getDouble(1), rs.getInt(2), rs.getBoolean(3)))
                .optional()
                .orElse(ReviewSettings.DEFAULT);
    }

    public void saveSettings(String accountId, ReviewSettings settings) {
        int updated = jdbc.sql("UPDATE review_settings SET desired_retention = ?, new_cards_per_day = ?, "
                        + "schedule_missed_questions = ? WHERE account_id = ?")
                .params(
                        settings.desiredRetention(),
                        settings.newCardsPerDay(),
                        settings.scheduleMissedQuestions(),
                        accountId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO review_settings (account_id, desired_retention, new_cards_per_day, "
                            + "schedule_missed_questions) VALUES (?, ?, ?, ?)")
                    .params(
                            accountId,
                            settings.desiredRetention(),
                            settings.newCardsPerDay(),
                            settings.scheduleMissedQuestions())
                    .update();
        }
    }
}
