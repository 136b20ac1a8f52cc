package dev.examloop.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The quality checks as PackReader runs them: severities, strictness, review files and where problems are. */
class PackQualityTest {
    private static final String QUESTIONS = """
            questions:
              - id: q-1
                type: single
                domain: "1"
                task: "1.1"
                tags: [x]
                stem: Which service stores objects durably?
                options: [{id: a, text: Amazon S3, why: A.}, {id: b, text: Amazon SQS, why: B.}, {id: c, text: AWS Lambda, why: C.}]
                answer: [a]
                explanation: E.
                references: [https://docs.aws.amazon.com/s3/]
                source: original
              - id: q-2
                type: single
                domain: "1"
                task: "1.1"
                tags: [x]
                stem: Which service queues messages between producers and consumers?
                options: [{id: a, text: Amazon S3, why: A.}, {id: b, text: Amazon SQS, why: B.}, {id: c, text: AWS Lambda, why: C.}]
                answer: [b]
                explanation: E.
                references: [https://docs.aws.amazon.com/sqs/]
                source: original
            """;

    private static LintResult read(Strictness strictness, String blueprint, String questions, String... reviews) {
        List<PackFile> files = new ArrayList<>(List.of(
                new PackFile("p/pack.yaml", "pack.yaml", blueprint),
                new PackFile("p/questions/q.yaml", "questions/q.yaml", questions)));
        for (int i = 0; i < reviews.length; i++) {
            String name = i == 0 ? "q.yaml" : "other" + i + ".yaml";
            files.add(new PackFile("p/review/" + name, "review/" + name, reviews[i]));
        }
        return new PackReader().read("p", files, strictness);
    }

    private static LintResult read(String... reviews) {
        return read(Strictness.NORMAL, TestPacksText.blueprint(), QUESTIONS, reviews);
    }

    @Nested
    @DisplayName("severity")
    class Severities {
        private static final String REVIEWED = """
                reviews:
                  - {question: q-1, writtenBy: ana, reviewedBy: bo, reviewedOn: 2026-11-29, changes: none}
                  - {question: q-2, writtenBy: ana, reviewedBy: bo, reviewedOn: 2026-11-29, changes: none}
                """;

        @Test
        void loadsAPackWithWarningsAndMarksThemAsWarnings() {
            String blueprint = TestPacksText.blueprint() + "referenceDomains: [aws.amazon.com]\n";
            LintResult result = read(
                    Strictness.NORMAL,
                    blueprint,
                    QUESTIONS.replace("https://docs.aws.amazon.com/sqs/", "https://example.com/sqs"));
            assertThat(result.pack()).isPresent();
            assertThat(result.ok()).isTrue();
            assertThat(result.warnings())
                    .extracting(Problem::toString)
                    .containsExactly(
                            "p/questions/q.yaml:22: questions[1].references[0]: warning: 'https://example.com/sqs' is on "
                                    + "example.com, which is not official documentation for this pack (referenceDomains: aws.amazon.com)");
        }

        @Test
        void refusesUnderStrictWhatItOnlyWarnsAboutOtherwise() {
            String blueprint = TestPacksText.blueprint() + "referenceDomains: [aws.amazon.com]\n";
            LintResult result = read(
                    Strictness.STRICT,
                    blueprint,
                    QUESTIONS.replace("https://docs.aws.amazon.com/sqs/", "https://example.com/sqs"),
                    REVIEWED);
            assertThat(result.pack()).isEmpty();
            assertThat(result.errors()).extracting(Problem::field).containsExactly("questions[1].references[0]");
        }

        @Test
        void givesASummaryOfTheBank() {
            BankSummary summary = read(Strictness.STRICT, TestPacksText.blueprint(), QUESTIONS, REVIEWED)
                    .summary()
                    .orElseThrow();
            assertThat(summary.questions()).isEqualTo(2);
            assertThat(summary.questionsPerTask()).containsEntry("1.1", 2);
            assertThat(summary.tasksCovered()).isEqualTo(1);
            assertThat(summary.keyPositions()).containsExactly(1, 1, 0);
            assertThat(summary.reviewed()).isEqualTo(2);
            assertThat(summary.mostSimilar())
                    .hasValueSatisfying(s -> assertThat(s.first()).isEqualTo("q-1"));
        }

        @Test
        void namesTheFileAndLineOfBothNearDuplicates() {
            String copy = QUESTIONS.replace(
                    "Which service queues messages between producers and consumers?",
                    "Which service stores objects durably?");
            assertThat(read(Strictness.NORMAL, TestPacksText.blueprint(), copy).errors())
                    .extracting(Problem::toString)
                    .containsExactly("p/questions/q.yaml:18: questions[1].stem: 'q-2' has the same stem as 'q-1' "
                            + "(p/questions/q.yaml:7)");
        }
    }

    @Nested
    @DisplayName("review records")
    class Reviews {
        @Test
        void areReadFromTheReviewFolderBesideTheQuestions() {
            LintResult result = read("""
                    reviews:
                      - question: q-1
                        writtenBy: ana
                        reviewedBy: bo
                        reviewedOn: 2026-11-29
                        changes: "Distractor c reworded: it was also right for small objects."
                        limitsChecked: true
                    """);
            assertThat(result.pack().orElseThrow().reviews())
                    .containsExactly(new ReviewRecord(
                            "q-1",
                            "ana",
                            "bo",
                            LocalDate.of(2026, 11, 29),
                            "Distractor c reworded: it was also right for small objects.",
                            true));
        }

        @Test
        void areOptionalForAPackThatIsNotLintedStrictly() {
            LintResult result = read();
            assertThat(result.problems()).isEmpty();
            assertThat(result.pack().orElseThrow().reviews()).isEmpty();
        }

        @Test
        void reportUnknownFieldsAndBadValuesWithFileLineAndField() {
            LintResult result = read("""
                    reviews:
                      - question: q-1
                        writtenBy: ana
                        reviewer: bo
                        reviewedOn: 29.11.2026
                        limitsChecked: yes
                      - writtenBy: ana
                    """);
            assertThat(result.pack()).isEmpty();
            assertThat(result.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                            "p/review/q.yaml:4: reviews[0].reviewer: is not a field here (allowed: changes, limitsChecked, "
                                    + "question, reviewedBy, reviewedOn, writtenBy)",
                            "p/review/q.yaml:5: reviews[0].reviewedOn: '29.11.2026' is not a date of the form YYYY-MM-DD",
                            "p/review/q.yaml:6: reviews[0].limitsChecked: 'yes' is neither true nor false",
                            "p/review/q.yaml:7: reviews[1].question: is required");
        }

        @Test
        void mustNameAQuestionOfThePackEvenWhenNotStrict() {
            LintResult result = read("reviews:\n  - {question: q-9, writtenBy: ana}\n");
            assertThat(result.errors())
                    .extracting(Problem::toString)
                    .containsExactly(
                            "p/review/q.yaml:2: reviews[0].question: names question 'q-9', which the pack does not have");
        }

        @Test
        void belongBesideTheFileOfTheirQuestion() {
            LintResult result = read(
                    "reviews:\n  - {question: q-1, writtenBy: ana}\n",
                    "reviews:\n  - {question: q-2, writtenBy: ana, reviewedBy: bo, reviewedOn: 2026-11-29, changes: none}\n");
            assertThat(result.warnings())
                    .extracting(Problem::toString)
                    .containsExactly(
                            "p/review/other1.yaml:2: reviews[0].question: warning: 'q-2' is in p/questions/q.yaml, so its "
                                    + "review belongs in review/q.yaml",
                            "p/review/q.yaml:2: reviews[0]: warning: 'q-1' awaits review: the reviewer adds reviewedBy, "
                                    + "reviewedOn and changes");
        }
    }

    @Test
    void readsTheOfficialDocumentationDomainsOfTheBlueprint() {
        String blueprint =
                TestPacksText.blueprint() + "referenceDomains: [docs.aws.amazon.com, https://aws.amazon.com]\n";
        LintResult result = read(Strictness.NORMAL, blueprint, QUESTIONS);
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "p/pack.yaml:12: referenceDomains[1]: 'https://aws.amazon.com' is not a host name such as "
                                + "docs.aws.amazon.com (lower case, no scheme or path)");
        String good = TestPacksText.blueprint() + "referenceDomains: [docs.aws.amazon.com]\n";
        assertThat(read(Strictness.NORMAL, good, QUESTIONS)
                        .pack()
                        .orElseThrow()
                        .blueprint()
                        .referenceDomains())
                .containsExactly("docs.aws.amazon.com");
    }
}
