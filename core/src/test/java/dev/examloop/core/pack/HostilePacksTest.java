package dev.examloop.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken or hostile pack is read as broken, with its problems, and never stops the reader: deep nesting,
 * aliases that repeat huge values, oversized values, files that are not regular files.
 */
class HostilePacksTest {
    private static LintResult read(String questions) {
        return new PackReader()
                .read(
                        "p",
                        List.of(
                                new PackFile("p/pack.yaml", "pack.yaml", TestPacksText.blueprint()),
                                new PackFile("p/questions/q.yaml", "questions/q.yaml", questions)));
    }

    private static List<String> messages(LintResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsAFileNestedTenThousandLevelsDeepAsBrokenWithTheLine() {
        String deep = "questions:\n  - " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        LintResult result = read(deep);
        assertThat(result.pack()).isEmpty();
        assertThat(messages(result))
                .anySatisfy(m -> assertThat(m).contains("p/questions/q.yaml:2").contains("nests deeper than 50"));
    }

    @Test
    void readsMappingsNestedTenThousandLevelsDeepAsBroken() {
        StringBuilder deep = new StringBuilder("questions: ");
        deep.append("{a: ".repeat(10_000))
                .append("x")
                .append("}".repeat(10_000))
                .append('\n');
        LintResult result = read(deep.toString());
        assertThat(result.pack()).isEmpty();
        assertThat(messages(result)).anySatisfy(m -> assertThat(m).contains("nests deeper than 50"));
    }

    @Test
    void refusesAValueLongerThanTheLimit() {
        String huge = "x".repeat(2_800_000);
        LintResult result = read("questions:\n  - id: a\n    stem: &big " + huge + "\n");
        assertThat(result.pack()).isEmpty();
        assertThat(messages(result))
                .anySatisfy(m -> assertThat(m).contains("has a value of 2800000 characters; the limit is 100000"));
    }

    @Test
    void refusesAliasesThatRepeatALargeValueManyTimes() {
        String big = "word ".repeat(19_000).strip();
        StringBuilder yaml = new StringBuilder("questions:\n");
        for (int i = 0; i < 40; i++) {
            yaml.append("  - id: q")
                    .append(i)
                    .append("\n    type: single\n    domain: \"1\"\n    task: \"1.1\"\n")
                    .append("    stem: ")
                    .append(i == 0 ? "&stem \"" + big + "\"" : "*stem")
                    .append("\n    options: [{id: a, text: A}, {id: b, text: B}]\n    answer: [a]\n")
                    .append("    explanation: E\n    references: [https://docs.aws.amazon.com/x]\n"
                            + "    source: original\n");
        }
        LintResult result = read(yaml.toString());
        assertThat(result.pack()).isEmpty();
        assertThat(messages(result))
                .anySatisfy(m -> assertThat(m).contains("repeats so much text through aliases (*stem)"));
    }

    @Test
    void keepsASmallAliasWorking() {
        LintResult result = read("""
                questions:
                  - id: a
                    type: single
                    domain: "1"
                    task: "1.1"
                    stem: Which one stores objects?
                    options: &opts [{id: a, text: Amazon S3}, {id: b, text: Amazon SQS}]
                    answer: [a]
                    explanation: S3 stores objects.
                    references: [https://docs.aws.amazon.com/s3]
                    source: original
                  - id: b
                    type: single
                    domain: "1"
                    task: "1.1"
                    stem: Which one queues messages between services?
                    options: *opts
                    answer: [b]
                    explanation: SQS queues messages.
                    references: [https://docs.aws.amazon.com/sqs]
                    source: original
                """);
        assertThat(messages(result)).noneSatisfy(m -> assertThat(m).contains("alias"));
    }

    @Test
    void reportsANamedPipeInAPackFolderWithoutOpeningIt(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("pack.yaml"), TestPacksText.blueprint());
        Files.createDirectories(folder.resolve("questions"));
        Process mkfifo = new ProcessBuilder(
                        "mkfifo", folder.resolve("questions/pipe.yaml").toString())
                .inheritIO()
                .start();
        assertThat(mkfifo.waitFor()).isZero();
        List<PackFile> files = PackDirectory.files(folder, "p");
        LintResult result = new PackReader().read("p", files);
        assertThat(result.pack()).isEmpty();
        assertThat(messages(result))
                .contains("p/questions/pipe.yaml: is not a regular file (a named pipe, a socket or a device); "
                        + "not read");
    }

    @Test
    void findsTheSamePairsAsComparingEveryPairOfABankWithNearDuplicates() {
        Random random = new Random(7);
        String[] vocabulary = new String[60];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + i;
        }
        List<Question> questions = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String stem;
            if (i > 0 && random.nextInt(4) == 0) {
                // a near-duplicate: an earlier stem with a word or two changed
                String[] words = stems.get(random.nextInt(stems.size())).split(" ");
                for (int k = random.nextInt(3); k >= 0; k--) {
                    words[random.nextInt(words.length)] = vocabulary[random.nextInt(vocabulary.length)];
                }
                stem = String.join(" ", words);
            } else {
                List<String> words = new ArrayList<>();
                for (int k = 3 + random.nextInt(12); k > 0; k--) {
                    words.add(vocabulary[random.nextInt(vocabulary.length)]);
                }
                stem = String.join(" ", words);
            }
            stems.add(stem);
            questions.add(Bank.single("q" + i, "1.1", stem));
        }
        for (double threshold : new double[] {0.5, 0.3, 0.1}) {
            List<String> expected = everyPairAtLeast(questions, threshold);
            assertThat(expected).isNotEmpty();
            assertThat(StemSimilarity.pairsAtLeast(questions, threshold).stream()
                            .map(HostilePacksTest::describe)
                            .toList())
                    .containsExactlyElementsOf(expected);
        }
        assertThat(StemSimilarity.mostSimilar(questions).map(HostilePacksTest::describe))
                .hasValue(mostSimilarOfEveryPair(questions));
    }

    @Test
    void findsTheSameMostSimilarPairsInTheBundledPacksAsComparingEveryPair() {
        for (String code : List.of("MLS-C01", "MLA-C01")) {
            List<Question> questions = TestPacksOnDisk.bundled(code).questions();
            assertThat(questions).isNotEmpty();
            assertThat(StemSimilarity.mostSimilar(questions).map(HostilePacksTest::describe))
                    .hasValue(mostSimilarOfEveryPair(questions));
            assertThat(StemSimilarity.pairsAtLeast(questions, 0.2).stream()
                            .map(HostilePacksTest::describe)
                            .toList())
                    .containsExactlyElementsOf(everyPairAtLeast(questions, 0.2));
        }
    }

    private static String describe(StemSimilarity.Pair p) {
        return p.first().id() + "~" + p.second().id() + "=" + p.similarity() + (p.identical() ? "!" : "");
    }

    /** The reference: every pair compared, in bank order (later question, then earlier). */
    private static List<String> everyPairAtLeast(List<Question> questions, double threshold) {
        List<String> pairs = new ArrayList<>();
        for (int j = 1; j < questions.size(); j++) {
            for (int i = 0; i < j; i++) {
                StemSimilarity.Pair p = pair(questions, i, j);
                if (p.identical() || p.similarity() >= threshold) {
                    pairs.add(describe(p));
                }
            }
        }
        return pairs;
    }

    private static String mostSimilarOfEveryPair(List<Question> questions) {
        StemSimilarity.Pair best = null;
        for (int j = 1; j < questions.size(); j++) {
            for (int i = 0; i < j; i++) {
                StemSimilarity.Pair p = pair(questions, i, j);
                if (best == null || p.similarity() > best.similarity()) {
                    best = p;
                }
            }
        }
        return describe(best);
    }

    private static StemSimilarity.Pair pair(List<Question> questions, int i, int j) {
        List<String> a = StemSimilarity.words(questions.get(i).stem());
        List<String> b = StemSimilarity.words(questions.get(j).stem());
        boolean identical = a.equals(b);
        double similarity =
                identical ? 1.0 : StemSimilarity.jaccard(StemSimilarity.trigrams(a), StemSimilarity.trigrams(b));
        return new StemSimilarity.Pair(questions.get(i), questions.get(j), similarity, identical);
    }
}
