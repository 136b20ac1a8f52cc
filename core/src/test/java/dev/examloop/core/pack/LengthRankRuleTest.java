package dev.examloop.core.pack;

import static dev.examloop.core.pack.Bank.single;
import static dev.examloop.core.pack.Bank.stem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LengthRankRuleTest {
    private final LengthRankRule rule = new LengthRankRule();

    /** A single-answer question of four options of lengths 100, 90, 80 and 70 whose key has length rank {@code rank}. */
    private static Question keyAtRank(String id, int rank) {
        String[] texts = {"a".repeat(100), "b".repeat(90), "c".repeat(80), "d".repeat(70)};
        return single(id, "1.1", stem(id.hashCode()), rank - 1, texts);
    }

    /** A bank of {@code n} questions whose keys cycle through the ranks in {@code ranks}. */
    private static Pack bank(int n, int... ranks) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            questions.add(keyAtRank("q" + i, ranks[i % ranks.length]));
        }
        return Bank.pack(questions.toArray(Question[]::new));
    }

    @Nested
    @DisplayName("single-answer keys")
    class SingleAnswer {
        @Test
        void acceptsABankWhoseKeysStandEquallyOftenAtEveryRank() {
            assertThat(Bank.check(rule, bank(40, 1, 2, 3, 4), Strictness.STRICT))
                    .isEmpty();
        }

        @Test
        void refusesUnderStrictABankWhoseKeyIsMostOftenTheSecondLongest() {
            // 20 of 40 keys second-longest, 20 spread over the other ranks: "pick the second-longest" scores 50 %.
            List<String> problems = Bank.check(rule, bank(40, 2, 1, 2, 3, 2, 4, 2, 1, 2, 3, 2, 4), Strictness.STRICT);
            assertThat(problems).singleElement().asString().startsWith("p: single-answer keys lean by length");
            assertThat(problems.get(0)).contains("2nd 50% (chance 25%)");
        }

        @Test
        void warnsOutsideStrict() {
            assertThat(rule.check(bank(40, 2), SourceMap.empty("p"), Strictness.NORMAL))
                    .singleElement()
                    .matches(p -> !p.isError());
        }

        @Test
        void leavesABankOfFewerThanFortySingleAnswerQuestionsToChance() {
            assertThat(Bank.check(rule, bank(39, 2), Strictness.STRICT)).isEmpty();
        }

        @Test
        void sharesTheRankOfAKeyTiedInLengthWithADistractor() {
            Question tied =
                    single("t", "1.1", stem(1), 0, "k".repeat(100), "x".repeat(100), "y".repeat(50), "z".repeat(40));
            LengthRanks ranks = LengthRanks.of(Bank.pack(tied));
            assertThat(ranks.observed()).containsExactly(0.5, 0.5, 0.0, 0.0);
            assertThat(ranks.expected()).containsExactly(0.25, 0.25, 0.25, 0.25);
        }

        @Test
        void scoresEveryBlindLengthRuleAgainstChance() {
            LengthRanks ranks = LengthRanks.of(bank(36, 2, 1, 2, 3, 2, 4, 2, 1, 2, 3, 2, 4));
            assertThat(ranks.shares()).containsExactly(1 / 6.0, 0.5, 1 / 6.0, 1 / 6.0);
            assertThat(ranks.bestRuleAdvantagePoints()).isCloseTo(25.0, within(1e-9));
        }

        @Test
        void givesAChiSquaredPValueThatMatchesTheTextbookValue() {
            // Observed 20, 10, 5, 5 against 10 each: chi-squared 15 on 3 degrees of freedom, p = 0.001817.
            int[] ranksOfKeys = new int[40];
            for (int i = 0; i < 40; i++) {
                ranksOfKeys[i] = i < 20 ? 1 : i < 30 ? 2 : i < 35 ? 3 : 4;
            }
            LengthRanks ranks = LengthRanks.of(bank(40, ranksOfKeys));
            assertThat(ranks.observed()).containsExactly(20.0, 10.0, 5.0, 5.0);
            assertThat(ranks.chiSquared()).isCloseTo(15.0, within(1e-9));
            assertThat(ranks.degreesOfFreedom()).isEqualTo(3);
            assertThat(ranks.pValue()).isCloseTo(0.001817, within(1e-6));
        }
    }

    @Nested
    @DisplayName("multiple-response keys")
    class MultipleResponse {
        /** Choose two of five options of lengths 100, 90, 80, 70, 60; the keys at the given 1-based ranks. */
        private Question chooseTwo(String id, int first, int second) {
            List<Option> options = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                options.add(new Option(String.valueOf((char) ('a' + i)), "o".repeat(100 - 10 * i), "W."));
            }
            return Bank.question(
                    id,
                    QuestionType.MULTIPLE,
                    "1.1",
                    stem(id.hashCode()),
                    options,
                    List.of(options.get(first - 1).id(), options.get(second - 1).id()));
        }

        @Test
        void refusesUnderStrictABankWhoseKeyedOptionsAreTheLongest() {
            List<Question> questions = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                questions.add(i % 4 == 0 ? chooseTwo("m" + i, 3, 5) : chooseTwo("m" + i, 1, 2));
            }
            List<String> problems = Bank.check(rule, Bank.pack(questions.toArray(Question[]::new)), Strictness.STRICT);
            assertThat(problems)
                    .singleElement()
                    .asString()
                    .startsWith("p: multiple-response keys lean by length")
                    .contains("make keyed options less often the longest");
        }

        @Test
        void acceptsABankWhoseKeyedOptionsAreSpreadOverTheRanks() {
            int[][] pairs = {{1, 2}, {4, 5}, {1, 5}, {2, 4}};
            List<Question> questions = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int[] p = pairs[i % 4];
                questions.add(chooseTwo("m" + i, p[0], p[1]));
            }
            LengthRanks ranks = LengthRanks.of(Bank.pack(questions.toArray(Question[]::new)));
            assertThat(ranks.keyedMeanRank()).isCloseTo(3.0, within(1e-9));
            assertThat(ranks.multipleResponsePValue()).isCloseTo(1.0, within(1e-9));
            assertThat(Bank.check(rule, Bank.pack(questions.toArray(Question[]::new)), Strictness.STRICT))
                    .isEmpty();
        }
    }
}
