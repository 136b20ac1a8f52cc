package dev.examloop.core.pack;

import java.util.ArrayList;
import java.util.List;

/** Every task statement of the blueprint is tested by at least two questions, so that no part of it goes unasked. */
final class CoverageRule implements LintRule {
    static final int MIN_QUESTIONS_PER_TASK = 2;

    @Override
    public List<Problem> check(Pack pack, SourceMap sources, Strictness strictness) {
        List<Problem> problems = new ArrayList<>();
        for (Domain domain : pack.blueprint().domains()) {
            for (TaskStatement task : domain.tasks()) {
                long count = pack.questions().stream()
                        .filter(q -> q.task().equals(task.id()))
                        .count();
                if (count < MIN_QUESTIONS_PER_TASK) {
                    problems.add(sources.task(task.id())
                            .problem(
                                    "task statement " + task.id() + " (" + task.title()
                                            + ") has " + count + (count == 1 ? " question" : " questions")
                                            + ", at least "
                                            + MIN_QUESTIONS_PER_TASK + " are needed",
                                    strictness.ofQualityFinding()));
                }
            }
        }
        return problems;
    }
}
