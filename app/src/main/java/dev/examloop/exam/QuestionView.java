package dev.examloop.exam;

import java.util.List;

/**
 * One question of an attempt as served to the learner. {@link #feedback()} is {@code null} unless the
 * attempt gives feedback (practice, drill) and the learner asked to check this answer, or the attempt is
 * submitted; in exam mode before submit it is always {@code null}.
 *
 * @param n the question's position in the attempt, from 1: the only name a question has in a running exam
 * @param questionId the pack question's id; {@code null} while an exam-mode attempt runs (it would let the
 *     learner look the question up, with its key, elsewhere)
 * @param domain the domain, shown in practice and drills and after submit; {@code null} in a running exam
 * @param selected the saved response: option ids, or {@code option:target} pairs for matching
 */
public record QuestionView(
        String attemptId,
        int n,
        int total,
        String questionId,
        String type,
        Integer choose,
        String stem,
        ScenarioView scenario,
        List<Choice> options,
        List<Choice> targets,
        List<String> selected,
        boolean flagged,
        boolean guessed,
        boolean checked,
        DomainRef domain,
        Feedback feedback) {

    /** An option, ordering step, matching item or matching target: an id and its Markdown text. */
    public record Choice(String id, String text) {}

    public record ScenarioView(String title, String text) {}

    public record DomainRef(String id, String title) {}
}
