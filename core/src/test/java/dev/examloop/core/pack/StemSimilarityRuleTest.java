package dev.examloop.core.pack;

import static dev.examloop.core.pack.Bank.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StemSimilarityRuleTest {
    private final StemSimilarityRule rule = new StemSimilarityRule();

    private static final String STREAMING =
            "A retailer collects clickstream events from its website and must land them "
                    + "in Amazon S3 within five minutes. Which solution meets these requirements with the LEAST operational "
                    + "overhead?";

    @Test
    void ignoresCasePunctuationAndMarkdownWhenComparingWords() {
        assertThat(StemSimilarity.words("Which **Amazon S3** storage-class, in `us-east-1`?"))
                .containsExactly("which", "amazon", "s3", "storage", "class", "in", "us", "east", "1");
    }

    @Test
    void measuresTheJaccardSimilarityOfWordTrigrams() {
        // "a b c d" has {abc, bcd}; "a b c e" has {abc, bce}: one shared of three.
        assertThat(StemSimilarity.jaccard(
                        StemSimilarity.trigrams(List.of("a", "b", "c", "d")),
                        StemSimilarity.trigrams(List.of("a", "b", "c", "e"))))
                .isEqualTo(1.0 / 3);
    }

    @Test
    void acceptsStemsOnTheSameTopicInDifferentWords() {
        Pack pack = Bank.pack(
                single("a", "1.1", STREAMING),
                single(
                        "b",
                        "1.1",
                        "A bank must keep card transactions in Amazon S3 for seven years at the lowest cost. Which storage "
                                + "class should it choose?"));
        assertThat(Bank.check(rule, pack, Strictness.STRICT)).isEmpty();
    }

    @Test
    void refusesANearDuplicateNamingBothQuestionsAndTheSimilarity() {
        Pack pack = Bank.pack(single("a", "1.1", STREAMING), single("b", "1.1", STREAMING.replace("five", "ten")));
        assertThat(Bank.check(rule, pack, Strictness.NORMAL))
                .containsExactly(
                        "p: questions[b].stem: 'b' has a stem too like that of 'a' (p): word-trigram similarity 0.79, "
                                + "near-duplicates start at 0.50; rewrite one of them or drop it");
    }

    @Test
    void refusesIdenticalStemsEvenWhenTheyAreShort() {
        Pack pack = Bank.pack(single("a", "1.1", "Why?"), single("b", "1.2", "why"));
        assertThat(rule.check(pack, SourceMap.empty("p"), Strictness.NORMAL))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.isError()).isTrue();
                    assertThat(p.message()).isEqualTo("'b' has the same stem as 'a' (p)");
                });
    }

    @Test
    void comparesTheStemsOfCaseStudyQuestionsAndNotTheirSharedScenario() {
        Question first = new Question(
                "cs-1",
                QuestionType.SINGLE,
                "1",
                "1.1",
                List.of("t"),
                null,
                "cs",
                "Which approach should the team use to score every subscriber each Monday?",
                null,
                single("x", "1.1", "x").options(),
                List.of(),
                List.of("a"),
                "E.",
                List.of("https://docs.aws.amazon.com/"),
                "original",
                "CC-BY-4.0");
        Question second = new Question(
                "cs-2",
                QuestionType.SINGLE,
                "1",
                "1.1",
                List.of("t"),
                null,
                "cs",
                "How should the team keep personal data out of the training set?",
                null,
                first.options(),
                List.of(),
                List.of("a"),
                "E.",
                List.of("https://docs.aws.amazon.com/"),
                "original",
                "CC-BY-4.0");
        Pack pack = new Pack(
                Bank.blueprint(),
                List.of(first, second),
                List.of(new Scenario("cs", "Churn", STREAMING + " " + STREAMING)));
        assertThat(Bank.check(rule, pack, Strictness.STRICT)).isEmpty();
    }
}
