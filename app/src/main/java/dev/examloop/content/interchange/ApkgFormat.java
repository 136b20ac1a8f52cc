package dev.examloop.content.interchange;

import dev.examloop.core.interchange.AnkiNotes;
import dev.examloop.core.interchange.Bank;
import dev.examloop.core.interchange.Flashcard;
import dev.examloop.core.interchange.Format;
import dev.examloop.core.interchange.ImportRefusal;
import dev.examloop.core.interchange.ImportSource;
import dev.examloop.core.interchange.QuestionFormat;
import dev.examloop.core.interchange.SafeZip;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Question;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Anki packages (.apkg): a zip holding the collection, an SQLite database ({@code collection.anki21}, or {@code
 * collection.anki2} from older Anki), read with sqlite-jdbc from a temporary copy opened read-only. Each note becomes
 * a flashcard (first field front, second back, tags kept) and the review log ({@code revlog}) its history, which the
 * review module replays through FSRS. Packages in Anki 2.1.50+'s compressed format ({@code collection.anki21b}) are
 * refused with how to export them. Written in the legacy schema (version 11) with a two-field "Examloop Basic" note
 * type: the question and its options on the front, the key and the explanations on the back, tags kept.
 */
public final class ApkgFormat implements QuestionFormat {
    private static final char FIELD_SEPARATOR = '\u001f';

    @Override
    public Format format() {
        return Format.APKG;
    }

    @Override
    public Bank read(ImportSource source) {
        Map<String, byte[]> entries =
                SafeZip.read(source, name -> name.equals("collection.anki21") || name.equals("collection.anki2"));
        byte[] collection = entries.getOrDefault("collection.anki21", entries.get("collection.anki2"));
        if (collection == null) {
            boolean compressed = SafeZip.names(source).contains("collection.anki21b");
            throw new ImportRefusal(
                    source.name(),
                    0,
                    compressed
                            ? "is in Anki's newer compressed package format; export it again from Anki with \"Support older"
                                    + " Anki versions\" ticked"
                            : "is a zip without an Anki collection (collection.anki21 or collection.anki2)");
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("examloop-apkg-", ".sqlite");
            Files.write(copy, collection);
            return readCollection(source.name(), copy);
        } catch (IOException e) {
            throw new ImportRefusal(source.name(), 0, "cannot be read: " + e.getMessage());
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file; the system's temp cleaning takes it
                }
            }
        }
    }

    private static Bank readCollection(String file, Path database) {
        List<Flashcard> cards = new ArrayList<>();
        List<Bank.DeckReview> reviews = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + database + "?mode=ro");
                Statement st = db.createStatement()) {
            Map<Long, Long> noteOfCard = new HashMap<>();
            try (ResultSet rs = st.executeQuery("select id, flds, tags from notes order by id")) {
                int n = 0;
                while (rs.next()) {
                    n++;
                    String[] fields = rs.getString("flds").split(String.valueOf(FIELD_SEPARATOR), -1);
                    List<String> tags = Arrays.stream(
                                    rs.getString("tags").strip().split("\\s+"))
                            .filter(t -> !t.isBlank())
                            .toList();
                    String front = fromHtml(fields[0]);
                    if (front.isBlank()) {
                        continue;
                    }
                    cards.add(new Flashcard(
                            n, rs.getLong("id"), front, fields.length > 1 ? fromHtml(fields[1]) : "", tags));
                }
            }
            try (ResultSet rs = st.executeQuery("select id, nid from cards")) {
                while (rs.next()) {
                    noteOfCard.put(rs.getLong("id"), rs.getLong("nid"));
                }
            }
            try (ResultSet rs = st.executeQuery("select id, cid, ease, time, type from revlog order by cid, id")) {
                while (rs.next()) {
                    int ease = rs.getInt("ease");
                    int type = rs.getInt("type");
                    Long note = noteOfCard.get(rs.getLong("cid"));
                    if (ease < 1 || ease > 4 || type > 3 || note == null) {
                        continue; // manual reschedules and reviews of deleted cards carry no rating to replay
                    }
                    long time = rs.getLong("time");
                    reviews.add(new Bank.DeckReview(note, rs.getLong("id"), ease, time > 0 ? time : -1));
                }
            }
        } catch (SQLException e) {
            throw new ImportRefusal(file, 0, "holds no readable Anki collection: " + e.getMessage());
        }
        reviews.sort((a, b) -> a.cardSourceId() != b.cardSourceId()
                ? Long.compare(a.cardSourceId(), b.cardSourceId())
                : Long.compare(a.epochMillis(), b.epochMillis()));
        return new Bank(Format.APKG, List.of(), List.of(), cards, reviews);
    }

    /** Anki fields are HTML: line breaks back to new lines, the common entities back to characters. */
    static String fromHtml(String html) {
        return html.replace("<br>", "\n")
                .replace("<br/>", "\n")
                .replace("<br />", "\n")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .strip();
    }

    static String toHtml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\n", "<br>");
    }

    @Override
    public List<LeftOut> write(Pack pack, OutputStream out) throws IOException {
        Path database = Files.createTempFile("examloop-apkg-", ".anki2");
        try {
            Files.delete(database);
            writeCollection(pack, database);
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry("collection.anki2"));
            Files.copy(database, zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("media"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return List.of();
        } catch (SQLException e) {
            throw new IOException("could not write the Anki collection: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(database);
        }
    }

    private static void writeCollection(Pack pack, Path database) throws SQLException {
        long modelId = 1_700_000_000_000L + Math.abs(pack.code().hashCode() % 1_000_000);
        long deckId = modelId + 1;
        long seconds = 1_700_000_000L;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            db.setAutoCommit(false);
            try (Statement st = db.createStatement()) {
                for (String ddl : AnkiSchema.TABLES) {
                    st.execute(ddl);
                }
            }
            try (PreparedStatement col =
                    db.prepareStatement("insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
                col.setLong(1, seconds);
                col.setLong(2, seconds * 1000);
                col.setLong(3, seconds * 1000);
                col.setString(4, AnkiSchema.conf(modelId));
                col.setString(5, AnkiSchema.models(modelId, deckId, seconds));
                col.setString(
                        6,
                        AnkiSchema.decks(
                                deckId, pack.code() + " — " + pack.blueprint().title(), seconds));
                col.setString(7, AnkiSchema.DECK_CONFIG);
                col.executeUpdate();
            }
            try (PreparedStatement note =
                            db.prepareStatement("insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
                    PreparedStatement card = db.prepareStatement(
                            "insert into cards values (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
                long id = seconds * 1000;
                int position = 0;
                for (Question q : pack.questions()) {
                    id++;
                    position++;
                    String front = toHtml(AnkiNotes.front(q));
                    note.setLong(1, id);
                    note.setString(2, guid(pack.code() + "/" + q.id()));
                    note.setLong(3, modelId);
                    note.setLong(4, seconds);
                    note.setString(5, " " + String.join(" ", q.tags()) + " ");
                    note.setString(6, front + FIELD_SEPARATOR + toHtml(AnkiNotes.back(q)));
                    note.setString(7, AnkiNotes.front(q));
                    note.setLong(8, checksum(AnkiNotes.front(q)));
                    note.executeUpdate();
                    card.setLong(1, id);
                    card.setLong(2, id);
                    card.setLong(3, deckId);
                    card.setLong(4, seconds);
                    card.setLong(5, position);
                    card.executeUpdate();
                }
            }
            db.commit();
        }
    }

    private static String guid(String key) {
        return HexFormat.of().formatHex(sha1(key)).substring(0, 10);
    }

    /** Anki's note checksum: the first 8 hex digits of the SHA-1 of the sort field, as a number. */
    private static long checksum(String sortField) {
        return Long.parseLong(HexFormat.of().formatHex(sha1(sortField)).substring(0, 8), 16);
    }

    private static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
