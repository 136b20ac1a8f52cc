package dev.examloop.notes.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The image table: the bytes of each image with its checked type, by owner. */
@Repository
public class ImageStore {
    private final JdbcClient jdbc;

    public ImageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An image's bytes and type. */
    // The bytes as stored; the record is a carrier, never compared or hashed as a value.
    @SuppressWarnings("ArrayRecordComponent")
    public record StoredImage(String id, String contentType, byte[] data, String sha256) {}

    public void insert(
            String id, String accountId, String contentType, byte[] data, String sha256, String fileName, long now) {
        jdbc.sql("INSERT INTO image (id, account_id, content_type, byte_count, sha256, file_name, data, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, accountId, contentType, data.length, sha256, fileName, data, now)
                .update();
    }

    /** The image, if it belongs to the account: another account's image is as good as missing. */
    public Optional<StoredImage> find(String accountId, String id) {
        return jdbc.sql("SELECT id, content_type, data, sha256 FROM image WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query((rs, n) -> new StoredImage(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4)))
                .optional();
    }

    /** An image of the account with the same bytes, so that pasting one screenshot twice stores it once. */
    public Optional<String> findBySha(String accountId, String sha256) {
        return jdbc
                .sql("SELECT id FROM image WHERE account_id = ? AND sha256 = ? ORDER BY created_at")
                .params(accountId, sha256)
                .query(String.class)
                .list()
                .stream()
                .findFirst();
    }

    public Optional<String> contentType(String accountId, String id) {
        return jdbc.sql("SELECT content_type FROM image WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(String.class)
                .optional();
    }
}
