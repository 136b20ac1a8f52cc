package dev.examloop.core.exam;

import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Question;
import dev.examloop.core.pack.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the shape of a learner's response and scores it. A response has the shape of the key (see
 * {@code docs/pack-format.md}); every type is scored all-or-nothing, as AWS exams do.
 */
public final class Scoring {
    private Scoring() {}

    /**
     * What is wrong with {@code response} for {@code question}, as sentences naming the bad value; empty when
     * it can be saved. A partial response (fewer options than asked, an incomplete order) can be saved.
     */
    public static List<String> problems(Question question, List<String> response) {
        List<String> problems = new ArrayList<>();
        Set<String> optionIds =
                new HashSet<>(question.options().stream().map(Option::id).toList());
        Set<String> seen = new HashSet<>();
        switch (question.type()) {
            case SINGLE, MULTIPLE, ORDERING -> {
                for (String id : response) {
                    if (!optionIds.contains(id)) {
                        problems.add("'" + id + "' is not an option of this question (options: "
                                + String.join(
                                        ", ",
                                        question.options().stream()
                                                .map(Option::id)
                                                .toList()) + ")");
                    } else if (!seen.add(id)) {
                        problems.add("'" + id + "' is selected twice");
                    }
                }
                if (question.type().equals(dev.examloop.core.pack.QuestionType.SINGLE) && response.size() > 1) {
                    problems.add("a single-choice question takes one option, " + response.size() + " were selected");
                }
                if (question.choose() != null && response.size() > question.choose()) {
                    problems.add("this question asks for " + question.choose() + " options, " + response.size()
                            + " were selected");
                }
            }
            case MATCHING -> {
                Set<String> targetIds = new HashSet<>(
                        question.targets().stream().map(Target::id).toList());
                for (String pair : response) {
                    int colon = pair.indexOf(':');
                    if (colon < 0) {
                        problems.add("'" + pair + "' is not a pair of the form option:target");
                        continue;
                    }
                    String option = pair.substring(0, colon);
                    String target = pair.substring(colon + 1);
                    if (!optionIds.contains(option)) {
                        problems.add("'" + option + "' in '" + pair + "' is not an item of this question");
                    } else if (!seen.add(option)) {
                        problems.add("item '" + option + "' is matched twice");
                    }
                    if (!targetIds.contains(target)) {
                        problems.add("'" + target + "' in '" + pair + "' is not a target of this question");
                    }
                }
            }
        }
        return problems;
    }

    /** Whether {@code response} is exactly right. */
    public static boolean isCorrect(Question question, List<String> response) {
        return switch (question.type()) {
            case SINGLE, MULTIPLE, MATCHING ->
                response.size() == question.key().size()
                        && new HashSet<>(response).equals(new HashSet<>(question.key()));
            case ORDERING -> response.equals(question.key());
        };
    }
}
