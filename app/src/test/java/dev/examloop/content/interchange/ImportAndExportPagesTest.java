package dev.examloop.content.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.examloop.content.PackCatalog;
import dev.examloop.support.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The Import page's preview, confirmation and refusals, and the export downloads of a pack. */
@SpringBootTest
@AutoConfigureMockMvc
class ImportAndExportPagesTest {
    static final Path DATA = TestDatabases.dataDirWithTestPacks();

    /** Three questions in two categories, and a numerical question Examloop has no type for (line 13). */
    static final String GIFT = """
            $CATEGORY: Networking

            ::Q1:: Which port does HTTPS use by default? {
            =443 #HTTPS listens on 443.
            ~80 #That is plain HTTP.
            ~22
            }

            ::Q2:: What does DNS resolve? {=Names to addresses ~MAC addresses to ports ~Ports to services}

            $CATEGORY: Storage

            ::Q4:: How many bits are in a byte? {#8}

            ::Q3:: RAID 1 is {=mirroring ~striping ~parity}
            """;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("examloop.data-dir", DATA::toString);
        registry.add("examloop.db-url", () -> TestDatabases.sqliteUrl(DATA));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    PackCatalog catalog;

    MockHttpServletResponse upload(String name, String content, String... fields) throws Exception {
        var request = multipart("/import")
                .file(new MockMultipartFile("file", name, "text/plain", content.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return perform(request).andReturn().getResponse();
    }

    /** A request as the browser sends it to a loopback server: with its Host (LoopbackGuard). */
    org.springframework.test.web.servlet.ResultActions perform(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Host", "localhost"));
    }

    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("hidden field " + name).isTrue();
        return m.group(1);
    }

    static long staged() throws IOException {
        Path imports = DATA.resolve("imports");
        if (!Files.isDirectory(imports)) {
            return 0;
        }
        try (Stream<Path> folders = Files.list(imports)) {
            return folders.count();
        }
    }

    @Nested
    @DisplayName("a preview")
    class Preview {
        @Test
        void showsTheFormatTheQuestionsPerDomainAndEverySkippedItemAndWritesNoPack() throws Exception {
            MockHttpServletResponse page = upload("network basics.gift", GIFT);

            assertThat(page.getStatus()).isEqualTo(200);
            String html = page.getContentAsString();
            assertThat(html)
                    .contains("network basics.gift", "GIFT", "3 questions will come into")
                    .contains("NETWORK-BASICS")
                    .contains("Skipped (1)")
                    .containsPattern("<td data-label=\"Line\">13</td><td data-label=\"Type\">numerical</td>")
                    .containsPattern("<td>Networking</td><td>2</td>")
                    .containsPattern("<td>Storage</td><td>1</td>");
            assertThat(DATA.resolve("packs/NETWORK-BASICS")).doesNotExist();
            assertThat(catalog.find("NETWORK-BASICS")).isEmpty();
            assertThat(page.getHeader("Cache-Control")).isEqualTo("no-store");
        }

        @Test
        void isForgottenWhenCancelled() throws Exception {
            long before = staged();
            String html = upload("cancelled.gift", GIFT).getContentAsString();
            assertThat(staged()).isEqualTo(before + 1);

            var cancelled = perform(post("/import/cancel").param("token", hidden(html, "token")))
                    .andReturn()
                    .getResponse();

            assertThat(cancelled.getRedirectedUrl()).isEqualTo("/import");
            assertThat(staged()).isEqualTo(before);
            assertThat(DATA.resolve("packs/CANCELLED")).doesNotExist();
        }

        @Test
        void offersNoImportWhenEveryQuestionIsSkipped() throws Exception {
            String html = upload("numbers.gift", "::N:: Two and two? {#4}\n").getContentAsString();

            assertThat(html).contains("nothing to import", "Skipped (1)").doesNotContain("confirm-import");
        }
    }

    @Nested
    @DisplayName("a confirmed import")
    class Confirmed {
        @Test
        void writesTheUserPackLoadsItAndLetsAPracticeSessionStart() throws Exception {
            String preview = upload("confirmed.gift", GIFT, "pack", "MY-NET").getContentAsString();
            long before = staged();

            var done = perform(post("/import/confirm")
                            .param("token", hidden(preview, "token"))
                            .param("format", hidden(preview, "format"))
                            .param("pack", hidden(preview, "pack")))
                    .andReturn()
                    .getResponse();

            assertThat(done.getStatus()).isEqualTo(200);
            assertThat(done.getContentAsString()).contains("Imported into MY-NET", "3 questions", "1 skipped");
            assertThat(DATA.resolve("packs/MY-NET/pack.yaml")).exists();
            assertThat(catalog.find("MY-NET"))
                    .hasValueSatisfying(p -> assertThat(p.questions()).hasSize(3));
            assertThat(staged()).isEqualTo(before - 1);
            var started = perform(post("/attempts")
                            .param("pack", "MY-NET")
                            .param("mode", "practice")
                            .param("count", "3"))
                    .andReturn()
                    .getResponse();
            assertThat(started.getRedirectedUrl()).matches("/attempts/[^/]+/q/1");
            perform(post(started.getRedirectedUrl().replace("/q/1", "/abandon")));
        }

        @Test
        void isRefusedWhenTheUploadIsNoLongerKept() throws Exception {
            var refused = perform(post("/import/confirm")
                            .param("token", "0123456789abcdef0123456789abcdef")
                            .param("format", "gift")
                            .param("pack", "GONE"))
                    .andReturn()
                    .getResponse();

            assertThat(refused.getStatus()).isEqualTo(422);
            assertThat(refused.getContentAsString()).contains("choose the file again", "href=\"/import\"");
            assertThat(DATA.resolve("packs/GONE")).doesNotExist();
        }
    }

    @Nested
    @DisplayName("an Anki deck")
    class AnkiDeck {
        @Test
        void becomesReviewCardsOnceConfirmedAndMakesNoPack() throws Exception {
            String preview = upload(
                            "deck.txt",
                            "#separator:tab\n#html:false\nWhat does IAM stand for?\tIdentity and Access Management\n"
                                    + "What is S3 Glacier for?\tArchives\n",
                            "format",
                            "anki-text")
                    .getContentAsString();
            assertThat(preview).contains("2 notes will become review cards", "Add 2 cards");

            var done = perform(post("/import/confirm")
                            .param("token", hidden(preview, "token"))
                            .param("format", hidden(preview, "format")))
                    .andReturn()
                    .getResponse();

            assertThat(done.getStatus()).isEqualTo(200);
            assertThat(done.getContentAsString()).contains("Added to your review deck", "2 notes");
            assertThat(perform(get("/api/cards")).andReturn().getResponse().getContentAsString())
                    .contains("What does IAM stand for?", "What is S3 Glacier for?");
            assertThat(DATA.resolve("packs/DECK")).doesNotExist();
        }
    }

    @Nested
    @DisplayName("malformed input")
    class Malformed {
        @Test
        void isRefusedWith422NamingTheFileAndTheLineAndWritesNothing() throws Exception {
            long before = staged();
            MockHttpServletResponse page = upload(
                    "broken.txt",
                    "What is 2 + 2?\nA) 4\nANSWER: A\n\nWhich is prime?\nA) 4\nB) 7\nANSWER: C\n",
                    "format",
                    "aiken");

            assertThat(page.getStatus()).isEqualTo(422);
            assertThat(page.getContentAsString())
                    .contains("Nothing was imported", "broken.txt:1: ", "href=\"/import\"")
                    .doesNotContain("Exception", "at dev.examloop");
            assertThat(DATA.resolve("packs/BROKEN")).doesNotExist();
            assertThat(staged()).isEqualTo(before);
        }

        @Test
        void isRefusedWhenThePackCodeIsABundledPacksAndLeavesThatPackAlone() throws Exception {
            int before = catalog.find("SHORT-01").orElseThrow().questions().size();

            MockHttpServletResponse page = upload("bank.gift", GIFT, "pack", "short-01");

            assertThat(page.getStatus()).isEqualTo(422);
            assertThat(page.getContentAsString()).contains("bank.gift: SHORT-01 is the code of a bundled pack");
            assertThat(catalog.find("SHORT-01").orElseThrow().questions()).hasSize(before);
        }

        @Test
        void isRefusedWith400WhenNoFileWasChosen() throws Exception {
            var page = perform(multipart("/import").param("format", "gift"))
                    .andReturn()
                    .getResponse();

            assertThat(page.getStatus()).isEqualTo(400);
            assertThat(page.getContentAsString()).contains("No file was chosen");
        }
    }

    @Nested
    @DisplayName("an export")
    class Export {
        @Test
        void downloadsTheFileWithTheFormatsExtension() throws Exception {
            var gift = perform(get("/packs/SHORT-01/export/gift")).andReturn().getResponse();

            assertThat(gift.getStatus()).isEqualTo(200);
            assertThat(gift.getHeader("Content-Disposition"))
                    .startsWith("attachment")
                    .contains("short-01.gift");
            assertThat(gift.getContentAsString(StandardCharsets.UTF_8)).contains("$CATEGORY:");
        }

        @Test
        void writesAQtiContentPackageAsAZip() throws Exception {
            var qti = perform(get("/packs/SHORT-01/export/qti")).andReturn().getResponse();

            assertThat(qti.getHeader("Content-Disposition")).contains("short-01-qti.zip");
            assertThat(qti.getContentType()).isEqualTo("application/zip");
            assertThat(qti.getContentAsByteArray()).startsWith('P', 'K');
        }

        @Test
        void offersEveryFormatButTheAnkiTextFromThePacksPage() throws Exception {
            String exams = perform(get("/exams")).andReturn().getResponse().getContentAsString();

            for (String word : new String[] {"gift", "aiken", "moodle-xml", "qti", "csv", "apkg", "exam-simulator"}) {
                assertThat(exams).contains("/packs/SHORT-01/export/" + word);
                var file = perform(get("/packs/SHORT-01/export/" + word))
                        .andReturn()
                        .getResponse();
                assertThat(file.getStatus()).as(word).isEqualTo(200);
                assertThat(file.getContentAsByteArray()).as(word).isNotEmpty();
            }
            assertThat(exams).doesNotContain("/export/anki-text").contains("href=\"/import\"");
        }

        @Test
        void namesTheQuestionsAikenLeavesOut() throws Exception {
            var pack = catalog.find("SHORT-01").orElseThrow();
            long notSingle = pack.questions().stream()
                    .filter(q -> q.type() != dev.examloop.core.pack.QuestionType.SINGLE)
                    .count();
            var aiken = perform(get("/packs/SHORT-01/export/aiken")).andReturn().getResponse();

            assertThat(aiken.getHeader("Content-Disposition")).contains("short-01-aiken.txt");
            if (notSingle > 0) {
                assertThat(aiken.getHeader(ExportDownloads.LEFT_OUT)).startsWith(notSingle + " (");
            } else {
                assertThat(aiken.getHeader(ExportDownloads.LEFT_OUT)).isNull();
            }
        }

        @Test
        void answers404ForAnUnknownPackOrFormat() throws Exception {
            var pack = perform(get("/packs/NOPE/export/gift")).andReturn().getResponse();
            var format = perform(get("/packs/SHORT-01/export/docx")).andReturn().getResponse();

            assertThat(pack.getStatus()).isEqualTo(404);
            assertThat(format.getStatus()).isEqualTo(404);
            assertThat(format.getContentAsString()).contains("docx", "gift");
        }
    }
}
