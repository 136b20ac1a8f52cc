package dev.examloop.core.interchange;

import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.QuestionType;
import dev.examloop.core.pack.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what readers find (choices marked right or wrong, steps in their right order, pairs) into the pack model's
 * questions, with option ids by position and without giving the key away by the order of options or targets.
 */
final class Drafts {
    private Drafts() {}

    /** One choice of a choice question. */
    record Choice(String text, String why, boolean right) {}

    /** One pair of a matching question. */
    record Pair(String item, String target) {}

    /** Common fields of a question being read. */
    record Head(int line, String name, String category, String stem, String explanation, List<String> tags) {
        Head {
            tags = List.copyOf(tags);
        }
    }

    /**
     * A single-choice question when one choice is right (and {@code multipleResponse} is false), otherwise a
     * multiple-response question asking for every right choice; a choice question with no right choice, or with only
     * right ones, is skipped.
     */
    static void choice(Head head, List<Choice> choices, boolean multipleResponse, String typeName, Bank0 out) {
        long right = choices.stream().filter(Choice::right).count();
        if (choices.size() < 2) {
            out.skip(head.line(), typeName, "has " + choices.size() + " option; a question needs at least two");
            return;
        }
        if (choices.stream().anyMatch(c -> c.text().isBlank())) {
            out.skip(head.line(), typeName, "an option without text");
            return;
        }
        if (right == 0) {
            out.skip(head.line(), typeName, "no option is marked right");
            return;
        }
        if (right == choices.size()) {
            out.skip(head.line(), typeName, "every option is marked right, so there is nothing to choose");
            return;
        }
        List<Option> options = new ArrayList<>();
        List<String> key = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            options.add(new Option(Ids.option(i), c.text(), c.why()));
            if (c.right()) {
                key.add(Ids.option(i));
            }
        }
        QuestionType type = right == 1 && !multipleResponse ? QuestionType.SINGLE : QuestionType.MULTIPLE;
        if (type == QuestionType.MULTIPLE && right == 1) {
            out.skip(
                    head.line(),
                    typeName,
                    "a multiple-response question with one right option; Examloop's multiple-response questions ask"
                            + " for two or more");
            return;
        }
        out.add(new ImportedQuestion(
                head.line(),
                head.name(),
                head.category(),
                type,
                head.stem(),
                options,
                List.of(),
                key,
                head.explanation(),
                head.tags(),
                List.of()));
    }

    /**
     * An ordering question from its steps in the right order: they are listed rotated by one, so that the listed
     * order is never the key.
     */
    static void ordering(Head head, List<Choice> stepsInOrder, String typeName, Bank0 out) {
        int n = stepsInOrder.size();
        if (stepsInOrder.stream().anyMatch(c -> c.text().isBlank())) {
            out.skip(head.line(), typeName, "a step without text");
            return;
        }
        if (n < 3 || n > 6) {
            out.skip(head.line(), typeName, "has " + n + " steps; Examloop's ordering questions have 3 to 6");
            return;
        }
        List<Option> options = new ArrayList<>();
        String[] key = new String[n];
        for (int listed = 0; listed < n; listed++) {
            int right = (listed + 1) % n;
            Choice step = stepsInOrder.get(right);
            options.add(new Option(Ids.option(listed), step.text(), step.why()));
            key[right] = Ids.option(listed);
        }
        out.add(new ImportedQuestion(
                head.line(),
                head.name(),
                head.category(),
                QuestionType.ORDERING,
                head.stem(),
                options,
                List.of(),
                List.of(key),
                head.explanation(),
                head.tags(),
                List.of()));
    }

    /** An ordering question whose options are listed as in the file and whose key is given separately. */
    static void ordering(Head head, List<Choice> listed, List<Integer> rightOrder, String typeName, Bank0 out) {
        boolean inListedOrder = true;
        for (int i = 0; i < rightOrder.size(); i++) {
            inListedOrder &= rightOrder.get(i) == i;
        }
        if (inListedOrder) {
            ordering(head, listed, typeName, out);
            return;
        }
        List<Choice> inOrder = new ArrayList<>();
        rightOrder.forEach(i -> inOrder.add(listed.get(i)));
        int n = listed.size();
        if (n < 3 || n > 6 || rightOrder.size() != n) {
            out.skip(head.line(), typeName, "has " + n + " steps; Examloop's ordering questions have 3 to 6");
            return;
        }
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            options.add(new Option(
                    Ids.option(i), listed.get(i).text(), listed.get(i).why()));
        }
        out.add(new ImportedQuestion(
                head.line(),
                head.name(),
                head.category(),
                QuestionType.ORDERING,
                head.stem(),
                options,
                List.of(),
                rightOrder.stream().map(Ids::option).toList(),
                head.explanation(),
                head.tags(),
                List.of()));
    }

    /**
     * A matching question from its pairs and any extra targets (distractors). Targets are listed in the order they
     * first appear, rotated by one when that would pair every item with the target at its own place.
     */
    static void matching(Head head, List<Pair> pairs, List<String> extraTargets, String typeName, Bank0 out) {
        if (pairs.size() < 3 || pairs.size() > 6) {
            out.skip(
                    head.line(), typeName, "has " + pairs.size() + " pairs; Examloop's matching questions have 3 to 6");
            return;
        }
        if (pairs.stream().anyMatch(p -> p.item().isBlank() || p.target().isBlank())) {
            out.skip(head.line(), typeName, "a pair without text");
            return;
        }
        Map<String, Integer> targetIndex = new LinkedHashMap<>();
        pairs.forEach(p -> targetIndex.putIfAbsent(p.target(), targetIndex.size()));
        extraTargets.forEach(t -> targetIndex.putIfAbsent(t, targetIndex.size()));
        List<String> targetTexts = new ArrayList<>(targetIndex.keySet());
        boolean diagonal = true;
        for (int i = 0; i < pairs.size(); i++) {
            diagonal &= targetIndex.get(pairs.get(i).target()) == i;
        }
        if (diagonal) {
            targetTexts.add(targetTexts.removeFirst());
        }
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < targetTexts.size(); i++) {
            targets.add(new Target(Ids.target(i), targetTexts.get(i)));
        }
        List<Option> options = new ArrayList<>();
        List<String> key = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            options.add(new Option(Ids.option(i), pairs.get(i).item(), ""));
            key.add(Ids.option(i) + ":"
                    + Ids.target(targetTexts.indexOf(pairs.get(i).target())));
        }
        out.add(new ImportedQuestion(
                head.line(),
                head.name(),
                head.category(),
                QuestionType.MATCHING,
                head.stem(),
                options,
                targets,
                key,
                head.explanation(),
                head.tags(),
                List.of()));
    }

    /** The questions and skipped items of a reading in progress. */
    static final class Bank0 {
        final List<ImportedQuestion> questions = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();

        void add(ImportedQuestion q) {
            questions.add(q);
        }

        void skip(int line, String type, String reason) {
            skipped.add(new Skipped(line, type, reason));
        }

        Bank bank(Format format) {
            return new Bank(format, questions, skipped);
        }
    }
}
