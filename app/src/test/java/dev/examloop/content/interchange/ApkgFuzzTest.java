package dev.examloop.content.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.examloop.core.interchange.Bank;
import dev.examloop.core.interchange.Format;
import dev.examloop.core.interchange.ImportRefusal;
import dev.examloop.core.interchange.ImportSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Anki package reader takes any bytes: a bank of flashcards and reviews, or an {@link ImportRefusal} naming the
 * file, never another exception (bench/fuzz.sh fuzzes it; in the suite the seeds under {@code ApkgFuzzTestInputs}
 * run as regression tests). Each input goes through a file, as an upload does, because SQLite reads the collection
 * from disk.
 */
class ApkgFuzzTest {
    private static final ApkgFormat APKG = new ApkgFormat();

    @FuzzTest(maxDuration = "1h")
    void readsAnyPackageIntoCardsOrARefusal(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz-", ".apkg");
        try {
            Files.write(file, bytes);
            Bank bank = APKG.read(ImportSource.of(file));
            assertThat(bank.format()).isEqualTo(Format.APKG);
            assertThat(bank.flashcards()).allSatisfy(card -> assertThat(card).isNotNull());
        } catch (ImportRefusal refusal) {
            assertThat(refusal.getMessage()).startsWith(file.getFileName().toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
