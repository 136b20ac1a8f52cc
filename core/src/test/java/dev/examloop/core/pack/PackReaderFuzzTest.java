package dev.examloop.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * The pack reader takes any text: it returns a pack or problems naming the file, never throws and never loops
 * (bench/fuzz.sh fuzzes it; in the suite the seeds under {@code PackReaderFuzzTestInputs} run as regression
 * tests).
 */
class PackReaderFuzzTest {
    @FuzzTest(maxDuration = "1h")
    void readsAnyQuestionFileIntoAPackOrProblems(FuzzedDataProvider data) {
        String questions = data.consumeRemainingAsString();
        LintResult result = new PackReader()
                .read(
                        "f",
                        List.of(
                                new PackFile("f/pack.yaml", "pack.yaml", TestPacksText.blueprint()),
                                new PackFile("f/questions/q.yaml", "questions/q.yaml", questions)));
        assertThat(result.pack().isPresent() || !result.errors().isEmpty())
                .as("a pack, or an error saying why not")
                .isTrue();
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.toString()).startsWith("f"));
    }

    @FuzzTest(maxDuration = "1h")
    void readsAnyBlueprintIntoAPackOrProblems(FuzzedDataProvider data) {
        String blueprint = data.consumeRemainingAsString();
        LintResult result = new PackReader()
                .read(
                        "f",
                        List.of(
                                new PackFile("f/pack.yaml", "pack.yaml", blueprint),
                                new PackFile(
                                        "f/questions/q.yaml",
                                        "questions/q.yaml",
                                        "questions:\n  - {id: a, type: single, domain: \"1\", task: \"1.1\", stem: S,"
                                                + " options: [{id: a, text: A}, {id: b, text: B}], answer: [a],"
                                                + " explanation: E, references: [https://docs.aws.amazon.com/x],"
                                                + " source: original}\n")));
        assertThat(result.pack().isPresent() || !result.errors().isEmpty()).isTrue();
    }
}
