package dev.examloop.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Malformed and hostile input: each is refused with a clean {@code file:line: message} (an {@link ImportRefusal}, no
 * other exception), without reading outside the file and without inflating a bomb.
 */
class HostileInputTest {
    private final Interchange interchange = new Interchange();

    private Bank read(String name, byte[] bytes) {
        return interchange.read(ImportSource.of(name, bytes), Optional.empty());
    }

    private Bank read(String name, String text) {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class Xml {
        @Test
        void refusesABillionLaughs() {
            String lol = """
                    <?xml version="1.0"?>
                    <!DOCTYPE quiz [
                      <!ENTITY lol "lol">
                      <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                      <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                      <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                    ]>
                    <quiz><question type="truefalse"><questiontext><text>&lol9;</text></questiontext></question></quiz>
                    """;
            assertThatThrownBy(() -> read("lol.xml", lol))
                    .isInstanceOf(ImportRefusal.class)
                    .hasMessageMatching("lol\\.xml:\\d+: has a DOCTYPE.*");
        }

        @Test
        void refusesAnExternalEntity() {
            String xxe = """
                    <?xml version="1.0"?>
                    <!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                    <quiz><question type="multichoice"><questiontext><text>&xxe;</text></questiontext></question></quiz>
                    """;
            assertThatThrownBy(() -> read("xxe.xml", xxe))
                    .isInstanceOf(ImportRefusal.class)
                    .hasMessageContaining("DOCTYPE");
        }

        @Test
        void refusesAnUndeclaredEntityWithoutADoctype() {
            String text =
                    "<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"truefalse\"><name><text>&nope;</text></name></question></quiz>";
            assertThatThrownBy(() -> read("entity.xml", text))
                    .isInstanceOf(ImportRefusal.class)
                    .hasMessageStartingWith("entity.xml:3: ");
        }

        @Test
        void refusesATruncatedFileAtItsEnd() {
            byte[] whole = Fixtures.bytes("corpora/moodle-xml/nested_categories_with_questions.xml");
            byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
            assertThatThrownBy(() -> read("truncated.xml", truncated))
                    .isInstanceOf(ImportRefusal.class)
                    .hasMessageMatching("truncated\\.xml:\\d+: .*");
        }

        @Test
        void refusesAQtiItemNestedBeyondTheDepthBound() {
            String deep = "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\"><itemBody>"
                    + "<div>".repeat(100) + "</div>".repeat(100) + "</itemBody></assessmentItem>";
            assertThatThrownBy(() -> read("deep.xml", deep))
                    .isInstanceOf(ImportRefusal.class)
                    .hasMessageContaining("nests elements more than 64 deep");
        }
    }

    @Nested
    class Zip {
        @Test
        void refusesAZipBombBeforeInflatingIt() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 300; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            assertThat(bytes.size()).isLessThan(1 << 20);

            assertThatThrownBy(() -> read("bomb.zip", bytes.toByteArray()))
                    .isInstanceOf(ImportRefusal.class)
                    .hasMessageContaining("possible zip bomb");
        }

        @Test
        void refusesAnEntryThatClimbsOutOfTheArchive() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
                zip.write("<manifest/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("../../etc/cron.d/evil"));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            assertThatThrownBy(() -> read("traversal.zip", bytes.toByteArray()))
                    .isInstanceOf(ImportRefusal.class)
                    .hasMessage(
                            "traversal.zip: has an entry named '../../etc/cron.d/evil', outside the archive's own folder; refused");
        }

        @Test
        void refusesAManifestNamingAnItemOutsideThePackage() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
                zip.write("""
                        <manifest><resources><resource identifier="a" type="imsqti_item_xmlv2p1" href="../secret.xml"/></resources></manifest>""".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            assertThatThrownBy(() -> read("outside.zip", bytes.toByteArray()))
                    .isInstanceOf(ImportRefusal.class)
                    .hasMessageContaining("outside the archive's own folder");
        }

        @Test
        void refusesATruncatedPackage() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new QtiFormat().write(RoundTripTest.mlaC01(), bytes);
            byte[] truncated = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 3);
            assertThatThrownBy(() -> read("truncated.zip", truncated)).isInstanceOf(ImportRefusal.class);
        }
    }

    @Nested
    class Encodings {
        private static final String AIKEN =
                "Quelle est la capitale de la Côte d'Ivoire ?\nA) Abidjan\nB) Yamoussoukro\nC) Bouaké\nANSWER: B\n";

        @Test
        void readsUtf8WithAndWithoutAByteOrderMark() {
            byte[] plain = AIKEN.getBytes(StandardCharsets.UTF_8);
            byte[] bom = new byte[plain.length + 3];
            bom[0] = (byte) 0xEF;
            bom[1] = (byte) 0xBB;
            bom[2] = (byte) 0xBF;
            System.arraycopy(plain, 0, bom, 3, plain.length);
            assertThat(read("plain.txt", plain).questions().getFirst().stem())
                    .startsWith("Quelle est la capitale de la Côte");
            assertThat(read("bom.txt", bom).questions().getFirst().stem())
                    .startsWith("Quelle est la capitale de la Côte");
        }

        @Test
        void readsUtf16WithAByteOrderMarkAndLatin1ByDetection() {
            assertThat(read("utf16.txt", AIKEN.getBytes(StandardCharsets.UTF_16))
                            .questions()
                            .getFirst()
                            .options()
                            .get(2)
                            .text())
                    .isEqualTo("Bouaké");
            assertThat(read("utf16le.txt", AIKEN.getBytes(StandardCharsets.UTF_16LE))
                            .questions())
                    .hasSize(1);
            assertThat(read("latin1.txt", AIKEN.getBytes(StandardCharsets.ISO_8859_1))
                            .questions()
                            .getFirst()
                            .options()
                            .get(2)
                            .text())
                    .isEqualTo("Bouaké");
        }

        @Test
        void refusesTextThatIsNotInTheEncodingGiven() {
            ImportSource wrong = ImportSource.of("latin1.txt", AIKEN.getBytes(StandardCharsets.ISO_8859_1))
                    .withEncoding(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> interchange.read(wrong, Optional.of(Format.AIKEN)))
                    .isInstanceOf(ImportRefusal.class)
                    .hasMessage(
                            "latin1.txt:1: has bytes that are not text in the file's encoding; give its encoding with --encoding (utf-8, utf-16, latin1)");
        }
    }

    @Nested
    class Text {
        @Test
        void refusesAGiftQuestionWithoutAnAnswerBlock() {
            assertThatThrownBy(() ->
                            read("q.gift", "::a::Question one {=yes ~no ~maybe}\n\nA stray paragraph { without end\n"))
                    .isInstanceOf(ImportRefusal.class)
                    .hasMessage("q.gift:3: the answer block { … } is not closed");
        }

        @Test
        void refusesALineLongerThanTheBound() {
            byte[] huge = new byte[Lines.MAX_LINE + 10];
            Arrays.fill(huge, (byte) 'a');
            assertThatThrownBy(() -> interchange.read(ImportSource.of("long.txt", huge), Optional.of(Format.AIKEN)))
                    .isInstanceOf(ImportRefusal.class)
                    .hasMessageContaining("has a line longer than");
        }

        @Test
        void refusesCsvWithAnUnclosedQuote() {
            String csv = "type,category,tags,stem,option_a,option_b,answer\nsingle,c,t,\"Broken,a,b,a\n";
            assertThatThrownBy(() -> read("broken.csv", csv))
                    .isInstanceOf(ImportRefusal.class)
                    .hasMessageStartingWith("broken.csv:");
        }

        @Test
        void refusesJsonThatIsNotJson() {
            assertThatThrownBy(() -> read("exam.json", "{\"test\": [ {\"variant\": 0, \"question\": }"))
                    .isInstanceOf(ImportRefusal.class)
                    .hasMessageStartingWith("exam.json:1: is not valid JSON");
        }

        @Test
        void refusesYamlAliasesInJson() {
            assertThatThrownBy(() -> read("alias.json", "{\"a\": &x [1, 2], \"test\": *x}"))
                    .isInstanceOf(ImportRefusal.class);
        }
    }
}
