package dev.examloop.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.TestPacks;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PackReaderTest {
    private static LintResult read(String packYaml, String questionsYaml) {
        return new PackReader()
                .read(
                        "p",
                        List.of(
                                new PackFile("p/pack.yaml", "pack.yaml", packYaml),
                                new PackFile("p/questions/q.yaml", "questions/q.yaml", questionsYaml)));
    }

    @Nested
    @DisplayName("a well-formed pack")
    class WellFormed {
        private final Pack pack = TestPacks.load("tiny");

        @Test
        void readsTheBlueprint() {
            Blueprint blueprint = pack.blueprint();
            assertThat(blueprint.code()).isEqualTo("TINY-01");
            assertThat(blueprint.exam().durationMinutes()).isEqualTo(20);
            assertThat(blueprint.exam().questionTypes()).containsExactlyInAnyOrder(QuestionType.values());
            assertThat(blueprint.domains())
                    .extracting(Domain::id, Domain::weight)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("1", 60), org.assertj.core.groups.Tuple.tuple("2", 40));
            assertThat(blueprint.domain("1").orElseThrow().tasks())
                    .extracting(TaskStatement::id)
                    .containsExactly("1.1");
        }

        @Test
        void readsTheKeyOfEachTypeInTheShapeOfAResponse() {
            assertThat(pack.question("t-single").orElseThrow().key()).containsExactly("a");
            assertThat(pack.question("t-multiple").orElseThrow().key()).containsExactly("a", "b");
            assertThat(pack.question("t-ordering").orElseThrow().key()).containsExactly("b", "c", "a");
            assertThat(pack.question("t-matching").orElseThrow().key()).containsExactly("a:t1", "b:t2", "c:t3");
        }

        @Test
        void keepsCaseStudyScenariosAndPerOptionExplanations() {
            assertThat(pack.scenario("cs-shop")).isPresent();
            Question matching = pack.question("t-matching").orElseThrow();
            assertThat(matching.scenario()).isEqualTo("cs-shop");
            assertThat(matching.targets()).hasSize(3);
            assertThat(pack.question("t-single")
                            .orElseThrow()
                            .option("b")
                            .orElseThrow()
                            .why())
                    .isEqualTo("Queues hold messages.");
        }

        @Test
        void givesQuestionsThePackLicenceWhenTheyNameNone() {
            assertThat(pack.question("t-single").orElseThrow().licence()).isEqualTo("CC-BY-4.0");
        }
    }

    @Nested
    @DisplayName("a broken pack")
    class Broken {
        private final LintResult result = TestPacks.lint("broken");

        @Test
        void isNotLoaded() {
            assertThat(result.ok()).isFalse();
            assertThat(result.pack()).isEmpty();
        }

        @Test
        void reportsEveryProblemAtOnceWithFileLineAndField() {
            assertThat(result.problems())
                    .extracting(Problem::toString)
                    .contains(
                            "broken/pack.yaml:2: code: 'broken code' is not an exam code (capital letters, digits and '-')",
                            "broken/pack.yaml:6: versionDate: '2026-13-01' is not a date of the form YYYY-MM-DD",
                            "broken/pack.yaml:1: retiredOn: is required when status is 'retired'",
                            "broken/pack.yaml:12: exam.scoredCount: is 12, more than questionCount 10",
                            "broken/pack.yaml:15: exam.questionTypes[1]: 'essay' is not a question type (single, multiple, ordering, matching)",
                            "broken/pack.yaml:17: domains: weights add up to 96, they must add up to 100");
        }

        @Test
        void checksQuestionsEvenWhenTheBlueprintIsBroken() {
            assertThat(result.problems())
                    .extracting(Problem::toString)
                    .contains(
                            "broken/questions/bad.yaml:12: questions[0].answer: names option 'e', which the question does not have (options: a, b, c)",
                            "broken/questions/bad.yaml:14: questions[0].references[0]: 'http://example.com/not-https' is not an https:// URL with a host",
                            "broken/questions/bad.yaml:16: questions[1].id: 'b-1' is the id of another question too",
                            "broken/questions/bad.yaml:16: questions[1].choose: is required for a multiple-response question: how many options to select",
                            "broken/questions/bad.yaml:31: questions[1].colour: is not a field here (allowed: answer, choose, difficulty, domain, explanation, id, licence, options, references, scenario, source, stem, tags, targets, task, type)");
        }
    }

    @Test
    void namesTheLineOfInvalidYaml() {
        LintResult result = read("format: [unclosed\n", "questions: []\n");
        assertThat(result.problems()).first().extracting(Problem::line).isEqualTo(2);
        assertThat(result.problems().get(0).message()).startsWith("is not valid YAML");
    }

    @Test
    void refusesAPackWithoutBlueprint() {
        LintResult result = new PackReader()
                .read("p", List.of(new PackFile("p/questions/q.yaml", "questions/q.yaml", "questions: []")));
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly("p: has no pack.yaml (the blueprint)");
    }

    @Test
    void refusesADomainOrTaskStatementTheBlueprintDoesNotHave() {
        String questions = """
                questions:
                  - id: s
                    type: single
                    domain: "1"
                    task: "2.1"
                    tags: [x]
                    stem: S.
                    options: [{id: a, text: A, why: A.}, {id: b, text: B, why: B.}, {id: c, text: C, why: C.}]
                    answer: [a]
                    explanation: E.
                    references: [https://docs.aws.amazon.com/]
                    source: original
                  - id: t
                    type: single
                    domain: "3"
                    task: "1.1"
                    tags: [x]
                    stem: S.
                    options: [{id: a, text: A, why: A.}, {id: b, text: B, why: B.}, {id: c, text: C, why: C.}]
                    answer: [a]
                    explanation: E.
                    references: [https://docs.aws.amazon.com/]
                    source: original
                """;
        assertThat(read(TestPacksText.blueprint(), questions).problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "p/questions/q.yaml:5: questions[0].task: '2.1' is not a task statement of domain 1 (1.1)",
                        "p/questions/q.yaml:15: questions[1].domain: '3' is not a domain of the blueprint (1)");
    }

    @Test
    void refusesAnOrderingKeyThatLeavesOutAStep() {
        String pack = TestPacksText.blueprint();
        String questions = """
                questions:
                  - id: o
                    type: ordering
                    domain: "1"
                    task: "1.1"
                    tags: [x]
                    stem: Order.
                    options:
                      - {id: a, text: A, why: A.}
                      - {id: b, text: B, why: B.}
                      - {id: c, text: C, why: C.}
                    answer: [a, b]
                    explanation: E.
                    references: [https://docs.aws.amazon.com/]
                    source: original
                """;
        assertThat(read(pack, questions).problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "p/questions/q.yaml:12: questions[0].answer: must list every option exactly once, in the right order (options: a, b, c)");
    }

    @Test
    void refusesAMatchingKeyThatLeavesAnItemUnmatched() {
        String questions = """
                questions:
                  - id: m
                    type: matching
                    domain: "1"
                    task: "1.1"
                    tags: [x]
                    stem: Match.
                    options:
                      - {id: a, text: A, why: A.}
                      - {id: b, text: B, why: B.}
                      - {id: c, text: C, why: C.}
                    targets:
                      - {id: t1, text: One}
                      - {id: t2, text: Two}
                    answer: {a: t1, b: t9}
                    explanation: E.
                    references: [https://docs.aws.amazon.com/]
                    source: original
                """;
        assertThat(read(TestPacksText.blueprint(), questions).problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "p/questions/q.yaml:15: questions[0].answer.b: names target 't9', which the question does not have",
                        "p/questions/q.yaml:15: questions[0].answer: does not say which target option 'c' goes with");
    }

    @Test
    void refusesAnOrderingKeyThatFollowsTheListingOrder() {
        String questions = """
                questions:
                  - id: o
                    type: ordering
                    domain: "1"
                    task: "1.1"
                    tags: [x]
                    stem: Order.
                    options: [{id: a, text: A, why: A.}, {id: b, text: B, why: B.}, {id: c, text: C, why: C.}]
                    answer: [a, b, c]
                    explanation: E.
                    references: [https://docs.aws.amazon.com/]
                    source: original
                """;
        assertThat(read(TestPacksText.blueprint(), questions).problems())
                .extracting(Problem::message)
                .containsExactly(
                        "is the order the options are listed in; list the steps shuffled, so that their ids do not give the order away");
    }

    @Test
    void refusesAMatchingKeyThatPairsItemsAndTargetsByPosition() {
        String questions = """
                questions:
                  - id: m
                    type: matching
                    domain: "1"
                    task: "1.1"
                    tags: [x]
                    stem: Match.
                    options: [{id: a, text: A, why: A.}, {id: b, text: B, why: B.}, {id: c, text: C, why: C.}]
                    targets: [{id: x, text: X}, {id: y, text: Y}, {id: z, text: Z}]
                    answer: {a: x, b: y, c: z}
                    explanation: E.
                    references: [https://docs.aws.amazon.com/]
                    source: original
                """;
        assertThat(read(TestPacksText.blueprint(), questions).problems())
                .extracting(Problem::message)
                .containsExactly(
                        "pairs each item with the target listed at the same place; shuffle the targets, so that their order does not give the key away");
    }

    @Test
    void refusesIdsLongerThanTheDatabaseKeeps() {
        String longId = "q" + "x".repeat(130);
        String questions = """
                questions:
                  - id: %s
                    type: single
                    domain: "1"
                    task: "1.1"
                    tags: [x]
                    stem: S.
                    options: [{id: a, text: A, why: A.}, {id: b, text: B, why: B.}, {id: c, text: C, why: C.}]
                    answer: [a]
                    explanation: E.
                    references: [https://docs.aws.amazon.com/]
                    source: original
                """.formatted(longId);
        assertThat(read(TestPacksText.blueprint(), questions).problems())
                .extracting(Problem::message)
                .containsExactly("'" + longId + "' is 131 characters long, at most 128 are allowed");
    }
}
