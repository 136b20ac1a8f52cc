package dev.examloop.core.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Tiny banks built in code, for the tests of one quality rule at a time. */
final class Bank {
    private Bank() {}

    /** Domain 1 (60 %, tasks 1.1 and 1.2) and domain 2 (40 %, task 2.1). */
    static Blueprint blueprint(String... referenceDomains) {
        return new Blueprint(
                "T-1",
                "T",
                "V",
                "1",
                LocalDate.of(2026, 1, 1),
                "CC-BY-4.0",
                PackStatus.ACTIVE,
                null,
                null,
                null,
                new ExamSpec(60, 10, 10, 0, 100, 70, Set.of(QuestionType.values())),
                List.of(
                        new Domain(
                                "1", "One", 60, List.of(new TaskStatement("1.1", "A"), new TaskStatement("1.2", "B"))),
                        new Domain("2", "Two", 40, List.of(new TaskStatement("2.1", "C")))),
                List.of(referenceDomains));
    }

    /** A single-answer question of {@code task} whose options are {@code texts} (a, b, c, …), the key at {@code keyAt}. */
    static Question single(String id, String task, String stem, int keyAt, String... texts) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            options.add(new Option(String.valueOf((char) ('a' + i)), texts[i], "Why."));
        }
        return question(
                id,
                QuestionType.SINGLE,
                task,
                stem,
                options,
                List.of(options.get(keyAt).id()));
    }

    /** A single-answer question with four options of equal length, the key first. */
    static Question single(String id, String task, String stem) {
        return single(id, task, stem, 0, "Option one", "Option two", "Option 3rd", "Option 4th");
    }

    static Question question(
            String id, QuestionType type, String task, String stem, List<Option> options, List<String> key) {
        return new Question(
                id,
                type,
                task.substring(0, task.indexOf('.')),
                task,
                List.of("tag"),
                null,
                null,
                stem,
                type == QuestionType.MULTIPLE ? key.size() : null,
                options,
                List.of(),
                key,
                "Explanation.",
                List.of("https://docs.aws.amazon.com/"),
                "original",
                "CC-BY-4.0");
    }

    static Question withReferences(Question q, String... references) {
        return new Question(
                q.id(),
                q.type(),
                q.domain(),
                q.task(),
                q.tags(),
                q.difficulty(),
                q.scenario(),
                q.stem(),
                q.choose(),
                q.options(),
                q.targets(),
                q.key(),
                q.explanation(),
                Arrays.asList(references),
                q.source(),
                q.licence());
    }

    static Pack pack(Question... questions) {
        return new Pack(blueprint(), List.of(questions), List.of());
    }

    /** Distinct stems, so that the similarity check stays quiet in tests of other rules. */
    static String stem(int n) {
        return "Question number " + n + " asks about " + Integer.toBinaryString(n * 7919) + " things";
    }

    static List<String> check(LintRule rule, Pack pack, Strictness strictness) {
        return rule.check(pack, SourceMap.empty("p"), strictness).stream()
                .map(Problem::toString)
                .toList();
    }
}
