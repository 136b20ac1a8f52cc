package dev.examloop.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Anki packages for tests: an exported .apkg given a review history, as Anki would have recorded it. */
final class ApkgFixtures {
    private ApkgFixtures() {}

    /** A copy of {@code apkg} whose first card has three reviews (again, good, good) a day apart. */
    static Path withReviews(Path apkg, Path dir) throws Exception {
        Path collection = dir.resolve("collection.anki2");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(apkg))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("collection.anki2")) {
                    Files.copy(zip, collection);
                }
            }
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + collection);
                Statement st = db.createStatement()) {
            long card;
            try (ResultSet rs = st.executeQuery("select min(id) from cards")) {
                rs.next();
                card = rs.getLong(1);
            }
            long day = 86_400_000L;
            long start = 1_764_400_000_000L;
            st.execute("insert into revlog values (" + start + ", " + card + ", -1, 1, -600, 0, 0, 8000, 0)");
            st.execute(
                    "insert into revlog values (" + (start + day) + ", " + card + ", -1, 3, 1, -600, 2500, 6000, 1)");
            st.execute(
                    "insert into revlog values (" + (start + 4 * day) + ", " + card + ", -1, 3, 4, 1, 2500, 5000, 1)");
            st.execute("insert into revlog values (" + (start + 5 * day) + ", " + card + ", -1, 0, 4, 4, 2500, 0, 4)");
        }
        Path out = dir.resolve("with-history.apkg");
        try (OutputStream file = Files.newOutputStream(out);
                ZipOutputStream zip = new ZipOutputStream(file);
                InputStream in = Files.newInputStream(collection)) {
            zip.putNextEntry(new ZipEntry("collection.anki2"));
            in.transferTo(zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("media"));
            zip.write("{}".getBytes());
            zip.closeEntry();
        }
        return out;
    }
}
