package dev.examloop.core.fsrs.revlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The review-log reader takes any text: rows or problems with their line, never an exception; the fast path over
 * bytes either reads the file or hands it to the careful reader, never throws. bench/fuzz.sh fuzzes both; in the
 * suite the seeds under {@code RevlogReaderFuzzTestInputs} run as regression tests.
 */
class RevlogReaderFuzzTest {
    @FuzzTest(maxDuration = "1h")
    void readsAnyTextIntoRowsOrProblems(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        RevlogReadResult result = RevlogReader.read("log.csv", text);
        assertThat(result.ok() || !result.problems().isEmpty()).isTrue();
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.toString()).startsWith("log.csv"));
    }

    @FuzzTest(maxDuration = "1h")
    void parsesAnyBytesQuicklyOrDeclines(byte[] bytes) {
        FastRevlogParser.parse(bytes).ifPresent(columns -> assertThat(columns).isNotNull());
    }
}
