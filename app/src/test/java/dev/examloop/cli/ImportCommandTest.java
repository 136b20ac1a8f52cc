package dev.examloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.examloop.content.PackCatalog;
import dev.examloop.support.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code examloop import} and {@code examloop export} against a data folder. */
class ImportCommandTest {
    static final Path CORPORA = corpora();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    static Path corpora() {
        Path p = Path.of("..", "core", "src", "test", "resources", "interchange", "corpora");
        return Files.isDirectory(p) ? p : Path.of("core", "src", "test", "resources", "interchange", "corpora");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return ExamloopCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args)
                .exitCode();
    }

    @Test
    void importsAGiftFileIntoANewUserPackThatLoads() throws Exception {
        Path data = TestDatabases.freshDataDir();

        int code = run(
                "import",
                CORPORA.resolve("gift/moodle_questions.gift.txt").toString(),
                "--pack",
                "gift-test",
                "--json",
                "--data",
                data.toString());

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("format").asText()).isEqualTo("gift");
        assertThat(json.get("questions").asInt()).isEqualTo(6);
        assertThat(json.get("pack").asText()).isEqualTo("GIFT-TEST");
        assertThat(json.get("skipped")).hasSize(3);
        assertThat(json.get("skipped").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(json.get("skipped").get(0).get("type").asText()).isEqualTo("essay");
        assertThat(json.get("skipped").get(1).get("type").asText()).isEqualTo("numerical");
        assertThat(json.get("skipped").get(2).get("reason").asText()).contains("short answer");
        assertThat(PackCatalog.load(data).find("GIFT-TEST"))
                .get()
                .satisfies(p -> assertThat(p.questions()).hasSize(6));
        assertThat(run("pack", "lint", data.resolve("packs/GIFT-TEST").toString()))
                .as(out + "" + err)
                .isZero();
    }

    @Test
    void addsASecondImportToTheSamePackAndKeepsTheFirst() throws Exception {
        Path data = TestDatabases.freshDataDir();
        assertThat(run(
                        "import",
                        CORPORA.resolve("aiken/moodle_questions.aiken.txt").toString(),
                        "--pack",
                        "MIX",
                        "--data",
                        data.toString()))
                .isZero();

        assertThat(run(
                        "import",
                        CORPORA.resolve("moodle-xml/nested_categories_with_questions.xml")
                                .toString(),
                        "--pack",
                        "MIX",
                        "--data",
                        data.toString()))
                .as(err.toString())
                .isZero();

        var pack = PackCatalog.load(data).find("MIX").orElseThrow();
        assertThat(pack.questions()).hasSize(6);
        assertThat(pack.blueprint().domains())
                .extracting(d -> d.title())
                .containsExactly("General", "Iota", "Iota/Kappa", "Iota/Kappa/Lambda", "Iota/Mu");
        assertThat(pack.blueprint().importedFrom())
                .contains("moodle_questions.aiken.txt")
                .contains("nested_categories_with_questions.xml");
    }

    @Test
    void writesNothingOnADryRun() throws Exception {
        Path data = TestDatabases.freshDataDir();

        assertThat(run(
                        "import",
                        CORPORA.resolve("qti/qti21_match.xml").toString(),
                        "--dry-run",
                        "--data",
                        data.toString()))
                .isZero();

        assertThat(out.toString())
                .contains("Would import 1 question from qti21_match.xml (IMS QTI 2.1) into pack QTI21-MATCH");
        assertThat(data.resolve("packs")).doesNotExist();
    }

    @Test
    void refusesAMalformedFileWholeAndWritesNothing() throws Exception {
        Path data = TestDatabases.freshDataDir();

        int code =
                run("import", CORPORA.resolve("aiken/moodle_aiken_errors.txt").toString(), "--data", data.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .contains("moodle_aiken_errors.txt:1: a question needs at least two options, this one has 1")
                .contains("nothing was imported")
                .doesNotContain("Exception");
        assertThat(data.resolve("packs")).doesNotExist();
    }

    @Test
    void saysSoWhenEveryQuestionIsSkipped() throws Exception {
        Path data = TestDatabases.freshDataDir();

        int code = run(
                "import",
                CORPORA.resolve("gift/fuhrmanator_numerical1.gift").toString(),
                "--json",
                "--data",
                data.toString());

        assertThat(code).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("questions").asInt()).isZero();
        assertThat(json.get("skipped")).hasSize(10);
        assertThat(json.get("pack").isNull()).isTrue();
        assertThat(data.resolve("packs")).doesNotExist();
    }

    @Test
    void refusesToOverwriteABundledPack() throws Exception {
        Path data = TestDatabases.freshDataDir();

        assertThat(run(
                        "import",
                        CORPORA.resolve("aiken/moodle_questions.aiken.txt").toString(),
                        "--pack",
                        "MLA-C01",
                        "--data",
                        data.toString()))
                .isEqualTo(1);

        assertThat(err.toString()).contains("MLA-C01 is the code of a bundled pack");
    }

    @Test
    void exportsABundledPackThatImportsAgain(@TempDir Path dir) throws Exception {
        Path data = TestDatabases.freshDataDir();
        for (String format : new String[] {"gift", "aiken", "moodle-xml", "qti", "csv", "exam-simulator"}) {
            Path file = dir.resolve("mla." + format);
            assertThat(run(
                            "export",
                            "--pack",
                            "MLA-C01",
                            "--format",
                            format,
                            "--out",
                            file.toString(),
                            "--data",
                            data.toString()))
                    .as(format + ": " + err)
                    .isZero();
            assertThat(out.toString()).startsWith("Wrote ");

            assertThat(run(
                            "import",
                            file.toString(),
                            "--pack",
                            "BACK-" + format.toUpperCase(java.util.Locale.ROOT),
                            "--json",
                            "--data",
                            data.toString()))
                    .as(format + ": " + err)
                    .isZero();
            JsonNode json = new ObjectMapper().readTree(out.toString());
            assertThat(json.get("format").asText()).isEqualTo(format);
            assertThat(json.get("questions").asInt()).isGreaterThan(80);
            assertThat(json.get("skipped")).isEmpty();
        }
    }

    @Test
    void importsAnkiNotesAsReviewCards() throws Exception {
        Path data = TestDatabases.freshDataDir();

        int code = run(
                "import",
                CORPORA.resolve("csv/qaseditor_anki_math.txt").toString(),
                "--json",
                "--data",
                data.toString());

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper()
                .readTree(out.toString()
                        .lines()
                        .filter(l -> l.startsWith("{"))
                        .findFirst()
                        .orElseThrow());
        assertThat(json.get("format").asText()).isEqualTo("anki-text");
        assertThat(json.get("cards").asInt()).isEqualTo(91);
        assertThat(count(data, "select count(*) from card where title = '1 x 1 ='"))
                .isEqualTo(1);
        assertThat(count(data, "select count(*) from card")).isEqualTo(91);
    }

    @Test
    void importsAnApkgWithItsReviewHistoryReplayedThroughFsrs(@TempDir Path dir) throws Exception {
        Path data = TestDatabases.freshDataDir();
        Path apkg = dir.resolve("mla.apkg");
        assertThat(run(
                        "export",
                        "--pack",
                        "MLA-C01",
                        "--format",
                        "apkg",
                        "--out",
                        apkg.toString(),
                        "--data",
                        data.toString()))
                .as(err.toString())
                .isZero();
        Path withHistory = ApkgFixtures.withReviews(apkg, dir);

        assertThat(run("import", withHistory.toString(), "--json", "--data", data.toString()))
                .as(err.toString())
                .isZero();

        JsonNode json = new ObjectMapper()
                .readTree(out.toString()
                        .lines()
                        .filter(l -> l.startsWith("{"))
                        .findFirst()
                        .orElseThrow());
        assertThat(json.get("format").asText()).isEqualTo("apkg");
        assertThat(json.get("cards").asInt()).isGreaterThan(100);
        assertThat(json.get("reviews").asInt()).isEqualTo(3);
        assertThat(count(data, "select count(*) from review_log")).isEqualTo(3);
        assertThat(count(data, "select count(*) from card where fsrs_state <> 0"))
                .isEqualTo(1);
    }

    static long count(Path data, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(TestDatabases.sqliteUrl(data));
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Stream<Path> files(Path dir) throws Exception {
        return Files.walk(dir);
    }
}
