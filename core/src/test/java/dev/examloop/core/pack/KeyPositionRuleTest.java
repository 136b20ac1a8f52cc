package dev.examloop.core.pack;

import static dev.examloop.core.pack.Bank.single;
import static dev.examloop.core.pack.Bank.stem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPositionRuleTest {
    private final KeyPositionRule rule = new KeyPositionRule();

    /** 20 single-answer questions, {@code atSecond} of them keyed at the 2nd option, the rest spread over 1st, 3rd and 4th. */
    private static Pack bank(int atSecond) {
        List<Question> questions = new ArrayList<>();
        int[] others = {0, 2, 3};
        for (int i = 0; i < 20; i++) {
            int keyAt = i < atSecond ? 1 : others[i % 3];
            questions.add(
                    single("q" + i, "1.1", stem(i), keyAt, "Option one", "Option two", "Option 3rd", "Option 4th"));
        }
        return Bank.pack(questions.toArray(Question[]::new));
    }

    @Test
    void acceptsKeysSpreadOverThePositions() {
        assertThat(Bank.check(rule, bank(8), Strictness.STRICT)).isEmpty(); // 40 % is allowed
    }

    @Test
    void warnsEvenUnderStrictWhenOnePositionHoldsMoreThanFortyPercentOfTheKeys() {
        assertThat(Bank.check(rule, bank(9), Strictness.STRICT))
                .containsExactly(
                        "p: warning: the 2nd option is the key of 9 of 20 single-answer questions (45%), more than 40%; move "
                                + "some keys to other positions");
    }
}
