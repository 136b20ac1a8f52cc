package dev.examloop.notes.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The note and note_link tables; SQL that runs on SQLite and PostgreSQL alike. */
@Repository
public class NoteStore {
    private static final String COLUMNS =
            "id, account_id, number, title, body, domain_id, tags, created_at, updated_at";

    private final JdbcClient jdbc;

    public NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of {@code note}; tags as a JSON list. */
    public record NoteRow(
            String id,
            String accountId,
            long number,
            String title,
            String body,
            String domainId,
            String tags,
            long createdAt,
            long updatedAt) {}

    /** A row of {@code note_link}. */
    public record LinkRow(String noteId, String targetKind, String targetId) {}

    public long nextNumber(String accountId) {
        return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM note WHERE account_id = ?")
                .param(accountId)
                .query(Long.class)
                .single();
    }

    public void insert(NoteRow n) {
        jdbc.sql("INSERT INTO note (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        n.id(),
                        n.accountId(),
                        n.number(),
                        n.title(),
                        n.body(),
                        n.domainId(),
                        n.tags(),
                        n.createdAt(),
                        n.updatedAt())
                .update();
    }

    public boolean update(NoteRow n) {
        return jdbc.sql("UPDATE note SET title = ?, body = ?, domain_id = ?, tags = ?, updated_at = ? "
                                + "WHERE id = ? AND account_id = ?")
                        .params(n.title(), n.body(), n.domainId(), n.tags(), n.updatedAt(), n.id(), n.accountId())
                        .update()
                == 1;
    }

    public boolean delete(String accountId, String id) {
        jdbc.sql("DELETE FROM note_link WHERE account_id = ? AND note_id = ?")
                .params(accountId, id)
                .update();
        return jdbc.sql("DELETE FROM note WHERE account_id = ? AND id = ?")
                        .params(accountId, id)
                        .update()
                == 1;
    }

    public Optional<NoteRow> find(String accountId, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM note WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(NoteStore::row)
                .optional();
    }

    public List<NoteRow> list(String accountId, String tag) {
        if (tag == null) {
            return jdbc.sql("SELECT " + COLUMNS
                            + " FROM note WHERE account_id = ? ORDER BY updated_at DESC, number DESC")
                    .param(accountId)
                    .query(NoteStore::row)
                    .list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM note WHERE account_id = ? AND tags LIKE ? "
                        + "ORDER BY updated_at DESC, number DESC")
                .params(accountId, "%\"" + tag.replace("%", "").replace("_", "") + "\"%")
                .query(NoteStore::row)
                .list();
    }

    public void replaceLinks(String accountId, String noteId, List<LinkRow> links) {
        jdbc.sql("DELETE FROM note_link WHERE account_id = ? AND note_id = ?")
                .params(accountId, noteId)
                .update();
        for (LinkRow link : links) {
            jdbc.sql("INSERT INTO note_link (note_id, account_id, target_kind, target_id) VALUES (?, ?, ?, ?)")
                    .params(noteId, accountId, link.targetKind(), link.targetId())
                    .update();
        }
    }

    public List<LinkRow> linksFrom(String accountId, String noteId) {
        return jdbc.sql("SELECT note_id, target_kind, target_id FROM note_link WHERE account_id = ? AND note_id = ? "
                        + "ORDER BY target_kind, target_id")
                .params(accountId, noteId)
                .query((rs, n) -> new LinkRow(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The notes that link to a target, newest first. */
    public List<NoteRow> linkingTo(String accountId, String kind, String id) {
        return jdbc.sql("SELECT n.id, n.account_id, n.number, n.title, n.body, n.domain_id, n.tags, n.created_at, "
                        + "n.updated_at FROM note_link l JOIN note n ON n.id = l.note_id "
                        + "WHERE l.account_id = ? AND l.target_kind = ? AND l.target_id = ? ORDER BY n.updated_at DESC")
                .params(accountId, kind, id)
                .query(NoteStore::row)
                .list();
    }

    private static NoteRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new NoteRow(
                rs.getString("id"),
                rs.getString("account_id"),
                rs.getLong("number"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("domain_id"),
                rs.getString("tags"),
                rs.getLong("created_at"),
                rs.getLong("updated_at"));
    }
}
