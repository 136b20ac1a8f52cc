package dev.examloop.exam.internal;

import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Question;
import dev.examloop.core.pack.Target;
import dev.examloop.exam.Feedback;
import dev.examloop.exam.QuestionView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Turns stored questions into what the learner sees. */
public final class Views {
    private Views() {}

    /**
     * The options in the order shown. Ordering and matching questions are shuffled (the pack may list steps
     * in their right order), the same way every time for the same attempt and position.
     */
    public static List<QuestionView.Choice> options(Question q, String attemptId, int position) {
        List<QuestionView.Choice> choices = new ArrayList<>(q.options().stream()
                .map(o -> new QuestionView.Choice(o.id(), o.text()))
                .toList());
        if (q.type() == dev.examloop.core.pack.QuestionType.ORDERING
                || q.type() == dev.examloop.core.pack.QuestionType.MATCHING) {
            Collections.shuffle(choices, new Random((attemptId + "#" + position).hashCode()));
        }
        return choices;
    }

    public static List<QuestionView.Choice> targets(Question q, String attemptId, int position) {
        List<QuestionView.Choice> choices = new ArrayList<>(q.targets().stream()
                .map(t -> new QuestionView.Choice(t.id(), t.text()))
                .toList());
        Collections.shuffle(choices, new Random((attemptId + "@" + position).hashCode()));
        return choices;
    }

    public static Feedback feedback(Question q, boolean correct) {
        List<Feedback.OptionExplanation> options = new ArrayList<>();
        for (Option o : q.options()) {
            boolean inKey = q.key().contains(o.id()) || q.key().stream().anyMatch(k -> k.startsWith(o.id() + ":"));
            options.add(new Feedback.OptionExplanation(o.id(), o.text(), inKey, o.why()));
        }
        return new Feedback(correct, q.key(), q.explanation(), options, q.references());
    }

    /** The key in words, for the review: "b", "a, d", "c → a → b", "a: S3; b: RDS". */
    public static String describe(Question q, List<String> response) {
        if (response.isEmpty()) {
            return "—";
        }
        return switch (q.type()) {
            case ORDERING -> String.join(" → ", response);
            case MATCHING ->
                String.join(
                        "; ",
                        response.stream()
                                .map(pair -> {
                                    int colon = pair.indexOf(':');
                                    String target = pair.substring(colon + 1);
                                    return pair.substring(0, colon) + " → "
                                            + q.target(target).map(Target::text).orElse(target);
                                })
                                .toList());
            default -> String.join(", ", response);
        };
    }
}
