package dev.examloop.core.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The key cannot be picked by its length. A question whose longest option is a key more than 1.3 times the
 * length (in characters) of its longest distractor gets a finding; so does a bank whose single-answer keys are the
 * strictly longest option in more than 40 % of its questions (counted once the bank has
 * {@value #MIN_SINGLE_ANSWER} single-answer questions, below which the share is mostly chance). Ordering and
 * matching questions have no distractors and are exempt.
 */
final class LengthCueRule implements LintRule {
    static final double MAX_RATIO = 1.3;
    static final double MAX_KEY_LONGEST_SHARE = 0.4;
    static final int MIN_SINGLE_ANSWER = 20;

    @Override
    public List<Problem> check(Pack pack, SourceMap sources, Strictness strictness) {
        List<Problem> problems = new ArrayList<>();
        for (Question question : pack.questions()) {
            if (!OptionLengths.applies(question)) {
                continue;
            }
            int key = OptionLengths.longestKey(question);
            int distractor = OptionLengths.longestDistractor(question);
            if (distractor > 0 && key > MAX_RATIO * distractor) {
                problems.add(sources.questionField(question.id(), "options")
                        .problem(
                                String.format(
                                        Locale.ROOT,
                                        "the key is the longest option, %d characters, %.2f times the longest distractor (%d); at most "
                                                + "%.1f times, so that the key cannot be picked by its length: trim the key or "
                                                + "make the distractors as specific",
                                        key,
                                        (double) key / distractor,
                                        distractor,
                                        MAX_RATIO),
                                strictness.ofQualityFinding()));
            }
        }
        List<Question> singles = OptionLengths.singleAnswer(pack);
        long longest =
                singles.stream().filter(OptionLengths::keyStrictlyLongest).count();
        if (singles.size() >= MIN_SINGLE_ANSWER && longest > MAX_KEY_LONGEST_SHARE * singles.size()) {
            problems.add(sources.pack()
                    .problem(
                            String.format(
                                    Locale.ROOT,
                                    "the key is the longest option in %d of %d single-answer questions (%.0f%%), more than %.0f%%: a "
                                            + "learner who picks the longest option would score well; lengthen distractors or trim keys",
                                    longest,
                                    singles.size(),
                                    100.0 * longest / singles.size(),
                                    100 * MAX_KEY_LONGEST_SHARE),
                            strictness.ofQualityFinding()));
        }
        return problems;
    }
}
