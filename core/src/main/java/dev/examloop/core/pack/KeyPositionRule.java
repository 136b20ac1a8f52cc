package dev.examloop.core.pack;

import java.util.List;
import java.util.Locale;

/**
 * Keys are spread over the option positions: no position holds more than 40 % of the single-answer keys
 * (counted once the bank has {@value LengthCueRule#MIN_SINGLE_ANSWER} single-answer questions). The application
 * shows single- and multiple-response options in the pack's order, so a favoured position is a cue a learner can
 * pick up. A warning, also under {@code --strict}: with four options a share a little over 40 % can be chance.
 */
final class KeyPositionRule implements LintRule {
    static final double MAX_SHARE = 0.4;

    @Override
    public List<Problem> check(Pack pack, SourceMap sources, Strictness strictness) {
        List<Question> singles = OptionLengths.singleAnswer(pack);
        if (singles.size() < LengthCueRule.MIN_SINGLE_ANSWER) {
            return List.of();
        }
        int[] counts = BankSummary.keyPositions(singles);
        for (int position = 0; position < counts.length; position++) {
            if (counts[position] > MAX_SHARE * singles.size()) {
                return List.of(sources.pack()
                        .problem(
                                String.format(
                                        Locale.ROOT,
                                        "the %s option is the key of %d of %d single-answer questions (%.0f%%), more than %.0f%%; move "
                                                + "some keys to other positions",
                                        ordinal(position + 1),
                                        counts[position],
                                        singles.size(),
                                        100.0 * counts[position] / singles.size(),
                                        100 * MAX_SHARE),
                                Severity.WARNING));
            }
        }
        return List.of();
    }

    static String ordinal(int n) {
        return switch (n) {
            case 1 -> "1st";
            case 2 -> "2nd";
            case 3 -> "3rd";
            default -> n + "th";
        };
    }
}
