package dev.examloop.core.pack;

import java.util.List;

/** Lengths of a question's options, for the checks that the key cannot be told by its shape. */
final class OptionLengths {
    private OptionLengths() {}

    /** Whether a question's option lengths and key positions are checked: ordering and matching list no distractors. */
    static boolean applies(Question question) {
        return question.type() == QuestionType.SINGLE || question.type() == QuestionType.MULTIPLE;
    }

    static int length(Option option) {
        return option.text().strip().length();
    }

    static int longestKey(Question question) {
        return question.options().stream()
                .filter(o -> question.key().contains(o.id()))
                .mapToInt(OptionLengths::length)
                .max()
                .orElse(0);
    }

    static int longestDistractor(Question question) {
        return question.options().stream()
                .filter(o -> !question.key().contains(o.id()))
                .mapToInt(OptionLengths::length)
                .max()
                .orElse(0);
    }

    /** True when the key of a single-answer question is longer than every distractor. */
    static boolean keyStrictlyLongest(Question question) {
        return longestKey(question) > longestDistractor(question);
    }

    /** The single-answer questions of a bank, the ones whose key share and positions are counted. */
    static List<Question> singleAnswer(Pack pack) {
        return pack.questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE)
                .toList();
    }

    /** 0-based position of a single-answer question's key among its options. */
    static int keyPosition(Question question) {
        for (int i = 0; i < question.options().size(); i++) {
            if (question.key().contains(question.options().get(i).id())) {
                return i;
            }
        }
        return -1;
    }
}
