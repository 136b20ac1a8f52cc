package dev.examloop.core.pack;

import static dev.examloop.core.pack.Bank.single;
import static dev.examloop.core.pack.Bank.stem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionRuleTest {
    private final DistributionRule rule = new DistributionRule();

    /** A bank of {@code first} questions in domain 1 (60 %) and {@code second} in domain 2 (40 %). */
    private static Pack bank(int first, int second) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < first + second; i++) {
            questions.add(single("q" + i, i < first ? "1.1" : "2.1", stem(i)));
        }
        return Bank.pack(questions.toArray(Question[]::new));
    }

    @Test
    void acceptsABankWithinTwoQuestionsOfTheWeights() {
        assertThat(Bank.check(rule, bank(8, 2), Strictness.STRICT)).isEmpty(); // domain 2 asks for 4 ± 2
    }

    @Test
    void warnsAboutADomainFurtherOffThanTwoQuestions() {
        assertThat(Bank.check(rule, bank(9, 1), Strictness.NORMAL))
                .containsExactly(
                        "p: domains[1]: warning: domain 1 has 9 of the 10 questions (90.0%); its weight of 60% asks for 6.0 ± 2.0, so it has too many",
                        "p: domains[2]: warning: domain 2 has 1 of the 10 questions (10.0%); its weight of 40% asks for 4.0 ± 2.0, so it has too few");
    }

    @Test
    void allowsThreePercentagePointsInALargeBank() {
        // 200 questions: ±6 (3 % of 200) is looser than ±2; domain 2 asks for 80.
        assertThat(Bank.check(rule, bank(126, 74), Strictness.STRICT)).isEmpty();
        assertThat(Bank.check(rule, bank(127, 73), Strictness.STRICT)).hasSize(2);
    }

    @Test
    void isAnErrorUnderStrict() {
        assertThat(rule.check(bank(9, 1), SourceMap.empty("p"), Strictness.STRICT))
                .allMatch(Problem::isError)
                .hasSize(2);
    }
}
