package dev.examloop.core.pack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of a bank that its quality checks look at, for {@code examloop pack lint} to show beside the
 * problems: questions per domain against the blueprint, task statements covered, key positions, how often the key
 * is the longest option, the most similar pair of stems, and how many questions have a complete review.
 *
 * @param questionsPerTask questions per task statement id, in blueprint order
 * @param keyPositions how many single-answer keys stand at each option position (1st, 2nd, …)
 * @param singleAnswer how many single-answer questions the bank has
 * @param keyLongest in how many of them the key is strictly the longest option
 * @param reviewed how many questions have a complete review by someone other than their writer
 * @param lengthRanks where the keys stand when options are ranked by length, against chance
 */
public record BankSummary(
        int questions,
        List<DomainShare> domains,
        Map<String, Integer> questionsPerTask,
        List<Integer> keyPositions,
        int singleAnswer,
        int keyLongest,
        Optional<SimilarStems> mostSimilar,
        int reviewed,
        LengthRanks lengthRanks) {

    /** A domain's questions against its share of the bank by weight, with the tolerance of the distribution check. */
    public record DomainShare(String id, int weight, long questions, double expected, double tolerance) {
        public boolean withinTolerance() {
            return Math.abs(questions - expected) <= tolerance;
        }
    }

    /** The two questions whose stems are most alike, and their word-trigram similarity. */
    public record SimilarStems(String first, String second, double similarity) {}

    public BankSummary {
        domains = List.copyOf(domains);
        questionsPerTask = Collections.unmodifiableMap(new LinkedHashMap<>(questionsPerTask));
        keyPositions = List.copyOf(keyPositions);
    }

    /** Task statements with at least the questions the coverage check asks for. */
    public int tasksCovered() {
        return (int) questionsPerTask.values().stream()
                .filter(n -> n >= CoverageRule.MIN_QUESTIONS_PER_TASK)
                .count();
    }

    /** Task statements with fewer questions than the coverage check asks for, with their counts. */
    public Map<String, Integer> thinTasks() {
        Map<String, Integer> thin = new LinkedHashMap<>();
        questionsPerTask.forEach((task, n) -> {
            if (n < CoverageRule.MIN_QUESTIONS_PER_TASK) {
                thin.put(task, n);
            }
        });
        return thin;
    }

    public static BankSummary of(Pack pack) {
        int total = pack.questions().size();
        int totalWeight =
                pack.blueprint().domains().stream().mapToInt(Domain::weight).sum();
        Map<String, Long> perDomain = pack.questionCountByDomain();
        List<DomainShare> domains = new ArrayList<>();
        Map<String, Integer> perTask = new LinkedHashMap<>();
        Map<String, Long> taskCounts =
                pack.questions().stream().collect(Collectors.groupingBy(Question::task, Collectors.counting()));
        for (Domain domain : pack.blueprint().domains()) {
            domains.add(new DomainShare(
                    domain.id(),
                    domain.weight(),
                    perDomain.getOrDefault(domain.id(), 0L),
                    DistributionRule.expected(domain.weight(), totalWeight, total),
                    DistributionRule.tolerance(total)));
            domain.tasks()
                    .forEach(t -> perTask.put(
                            t.id(), taskCounts.getOrDefault(t.id(), 0L).intValue()));
        }
        List<Question> singles = OptionLengths.singleAnswer(pack);
        int keyLongest =
                (int) singles.stream().filter(OptionLengths::keyStrictlyLongest).count();
        Optional<SimilarStems> similar = StemSimilarity.mostSimilar(pack.questions())
                .map(p -> new SimilarStems(p.first().id(), p.second().id(), p.similarity()));
        Set<String> reviewed = pack.reviews().stream()
                .filter(ReviewRecord::complete)
                .map(ReviewRecord::question)
                .collect(Collectors.toSet());
        int reviewedQuestions = (int)
                pack.questions().stream().filter(q -> reviewed.contains(q.id())).count();
        return new BankSummary(
                total,
                domains,
                perTask,
                Arrays.stream(keyPositions(singles)).boxed().toList(),
                singles.size(),
                keyLongest,
                similar,
                reviewedQuestions,
                LengthRanks.of(pack));
    }

    /** How many of {@code singles} have their key at each option position. */
    static int[] keyPositions(List<Question> singles) {
        int positions = singles.stream().mapToInt(q -> q.options().size()).max().orElse(0);
        int[] counts = new int[positions];
        for (Question question : singles) {
            int at = OptionLengths.keyPosition(question);
            if (at >= 0) {
                counts[at]++;
            }
        }
        return counts;
    }
}
