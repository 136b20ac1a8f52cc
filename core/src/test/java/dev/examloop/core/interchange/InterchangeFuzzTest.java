package dev.examloop.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Every reader takes any bytes: it returns a bank (its questions, a pack the linter has a verdict on, and the
 * skipped items) or refuses the file with an {@link ImportRefusal} naming it, never another exception
 * (bench/fuzz.sh fuzzes each reader; in the suite the seeds under {@code InterchangeFuzzTestInputs}, taken from the
 * corpora of docs/interchange.md and a few hostile files, run as regression tests).
 */
class InterchangeFuzzTest {
    private static final Interchange INTERCHANGE = new Interchange();

    /** Reads {@code bytes} as {@code format} and plans a pack from what it read; a refusal is a clean outcome. */
    private static void readsIntoABankOrRefuses(Format format, byte[] bytes) {
        ImportSource source = ImportSource.of("fuzz" + format.extension(), bytes);
        Bank bank;
        try {
            bank = INTERCHANGE.read(source, Optional.of(format));
        } catch (ImportRefusal refusal) {
            assertThat(refusal.getMessage()).startsWith("fuzz");
            return;
        }
        assertThat(bank.format()).isEqualTo(format);
        assertThat(bank.skipped()).allSatisfy(s -> assertThat(s.line()).isNotNegative());
        if (!bank.questions().isEmpty()) {
            Interchange.Plan plan =
                    INTERCHANGE.plan(bank, source.name(), ImportSettings.of("FUZZ", LocalDate.of(2026, 12, 7)), null);
            assertThat(plan.lint()).isNotNull();
        }
    }

    @FuzzTest(maxDuration = "1h")
    void readsAnyGift(byte[] bytes) {
        readsIntoABankOrRefuses(Format.GIFT, bytes);
    }

    @FuzzTest(maxDuration = "1h")
    void readsAnyAiken(byte[] bytes) {
        readsIntoABankOrRefuses(Format.AIKEN, bytes);
    }

    @FuzzTest(maxDuration = "1h")
    void readsAnyMoodleXml(byte[] bytes) {
        readsIntoABankOrRefuses(Format.MOODLE_XML, bytes);
    }

    /** A QTI item (XML) or a content package (a zip with {@code imsmanifest.xml}). */
    @FuzzTest(maxDuration = "1h")
    void readsAnyQti(byte[] bytes) {
        readsIntoABankOrRefuses(Format.QTI, bytes);
    }

    @FuzzTest(maxDuration = "1h")
    void readsAnyCsv(byte[] bytes) {
        readsIntoABankOrRefuses(Format.CSV, bytes);
    }

    @FuzzTest(maxDuration = "1h")
    void readsAnyAnkiText(byte[] bytes) {
        readsIntoABankOrRefuses(Format.ANKI_TEXT, bytes);
    }

    @FuzzTest(maxDuration = "1h")
    void readsAnyExamSimulatorJson(byte[] bytes) {
        readsIntoABankOrRefuses(Format.EXAM_SIMULATOR, bytes);
    }

    /** Without a format: detection, then the reader it picks. */
    @FuzzTest(maxDuration = "1h")
    void tellsTheFormatOfAnyBytesAndReadsThem(byte[] bytes) {
        ImportSource source = ImportSource.of("fuzz", bytes);
        Format format;
        try {
            format = FormatDetection.detect(source);
        } catch (ImportRefusal refusal) {
            assertThat(refusal.getMessage()).startsWith("fuzz");
            return;
        }
        if (format != Format.APKG) {
            readsIntoABankOrRefuses(format, bytes);
        }
    }
}
