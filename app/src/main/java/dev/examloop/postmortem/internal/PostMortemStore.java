package dev.examloop.postmortem.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The post-mortem and external-attempt tables. */
@Repository
public class PostMortemStore {
    private final JdbcClient jdbc;

    public PostMortemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of {@code postmortem_entry}. */
    public record EntryRow(
            String id,
            Integer position,
            String questionId,
            String topic,
            String domainId,
            String explanation,
            String links,
            int confidence,
            String cardId,
            long updatedAt) {}

    public Map<Integer, EntryRow> entriesOf(String accountId, String attemptId) {
        return jdbc
                .sql("SELECT id, position, question_id, topic, domain_id, explanation, links, confidence, card_id, "
                        + "updated_at FROM postmortem_entry WHERE account_id = ? AND attempt_id = ?")
                .params(accountId, attemptId)
                .query((rs, n) -> new EntryRow(
                        rs.getString("id"),
                        rs.getInt("position"),
                        rs.getString("question_id"),
                        rs.getString("topic"),
                        rs.getString("domain_id"),
                        rs.getString("explanation"),
                        rs.getString("links"),
                        rs.getInt("confidence"),
                        rs.getString("card_id"),
                        rs.getLong("updated_at")))
                .list()
                .stream()
                .collect(Collectors.toMap(EntryRow::position, e -> e));
    }

    public Optional<EntryRow> entry(String accountId, String attemptId, int position) {
        return Optional.ofNullable(entriesOf(accountId, attemptId).get(position));
    }

    public void insertEntry(
            String id,
            String accountId,
            String attemptId,
            Integer position,
            String externalId,
            String questionId,
            String topic,
            String domainId,
            String explanation,
            String links,
            int confidence,
            String cardId,
            long now) {
        jdbc.sql(
                        "INSERT INTO postmortem_entry (id, account_id, attempt_id, position, external_attempt_id, question_id, "
                                + "topic, domain_id, explanation, links, confidence, card_id, created_at, updated_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        accountId,
                        attemptId,
                        position,
                        externalId,
                        questionId,
                        topic,
                        domainId,
                        explanation,
                        links,
                        confidence,
                        cardId,
                        now,
                        now)
                .update();
    }

    public void updateEntry(
            String accountId,
            String id,
            String topic,
            String domainId,
            String explanation,
            String links,
            int confidence,
            String cardId,
            long now) {
        jdbc.sql("UPDATE postmortem_entry SET topic = ?, domain_id = ?, explanation = ?, links = ?, confidence = ?, "
                        + "card_id = ?, updated_at = ? WHERE id = ? AND account_id = ?")
                .params(topic, domainId, explanation, links, confidence, cardId, now, id, accountId)
                .update();
    }

    public void insertExternal(
            String id,
            String accountId,
            String pack,
            String source,
            String takenOn,
            double scorePercent,
            String domains,
            long now) {
        jdbc.sql("INSERT INTO external_attempt (id, account_id, pack_code, source, taken_on, score_percent, domains, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, accountId, pack, source, takenOn, scorePercent, domains, now)
                .update();
    }

    /** A row of {@code external_attempt}. */
    public record ExternalRow(
            String id, String pack, String source, String takenOn, double scorePercent, String domains) {}

    public List<ExternalRow> externals(String accountId) {
        return jdbc.sql("SELECT id, pack_code, source, taken_on, score_percent, domains FROM external_attempt "
                        + "WHERE account_id = ? ORDER BY taken_on DESC, created_at DESC")
                .param(accountId)
                .query((rs, n) -> new ExternalRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getDouble(5),
                        rs.getString(6)))
                .list();
    }

    public List<String> cardsOfExternal(String accountId, String externalId) {
        return jdbc.sql(
                        "SELECT card_id FROM postmortem_entry WHERE account_id = ? AND external_attempt_id = ? ORDER BY id")
                .params(accountId, externalId)
                .query(String.class)
                .list();
    }
}
