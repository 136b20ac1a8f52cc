package dev.examloop.core.pack;

import static dev.examloop.core.pack.Bank.single;
import static dev.examloop.core.pack.Bank.stem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LengthCueRuleTest {
    private final LengthCueRule rule = new LengthCueRule();

    private static Question keyOfLength(String id, int keyLength, int distractorLength) {
        return single(
                id,
                "1.1",
                stem(id.hashCode()),
                1,
                "x".repeat(distractorLength),
                "k".repeat(keyLength),
                "y".repeat(distractorLength));
    }

    @Test
    void acceptsAKeyUpToOnePointThreeTimesTheLongestDistractor() {
        assertThat(Bank.check(rule, Bank.pack(keyOfLength("q", 130, 100)), Strictness.STRICT))
                .isEmpty();
    }

    @Test
    void warnsAboutAKeyThatStandsOutByItsLength() {
        assertThat(Bank.check(rule, Bank.pack(keyOfLength("q", 131, 100)), Strictness.NORMAL))
                .containsExactly(
                        "p: questions[q].options: warning: the key is the longest option, 131 characters, 1.31 times the "
                                + "longest distractor (100); at most 1.3 times, so that the key cannot be picked by its "
                                + "length: trim the key or make the distractors as specific");
    }

    @Test
    void looksAtTheLongestKeyOfAMultipleResponseQuestion() {
        List<Option> options = List.of(
                new Option("a", "k".repeat(200), "W."),
                new Option("b", "k".repeat(20), "W."),
                new Option("c", "x".repeat(100), "W."),
                new Option("d", "y".repeat(100), "W."));
        Question multiple = Bank.question("m", QuestionType.MULTIPLE, "1.1", "Choose two.", options, List.of("a", "b"));
        assertThat(rule.check(Bank.pack(multiple), SourceMap.empty("p"), Strictness.STRICT))
                .singleElement()
                .matches(Problem::isError);
    }

    @Test
    void exemptsOrderingQuestions() {
        List<Option> steps =
                List.of(new Option("a", "k".repeat(300), "W."), new Option("b", "b", "W."), new Option("c", "c", "W."));
        Question ordering = Bank.question("o", QuestionType.ORDERING, "1.1", "Order.", steps, List.of("b", "a", "c"));
        assertThat(Bank.check(rule, Bank.pack(ordering), Strictness.STRICT)).isEmpty();
    }

    @Test
    void refusesABankWhoseKeyIsTheLongestOptionInMoreThanFortyPercentOfQuestions() {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            questions.add(i < 9 ? keyOfLength("q" + i, 101, 100) : keyOfLength("q" + i, 90, 100)); // 9 of 20 = 45 %
        }
        assertThat(Bank.check(rule, Bank.pack(questions.toArray(Question[]::new)), Strictness.STRICT))
                .containsExactly(
                        "p: the key is the longest option in 9 of 20 single-answer questions (45%), more than 40%: a learner "
                                + "who picks the longest option would score well; lengthen distractors or trim keys");
    }

    @Test
    void leavesTheShareOfASmallBankToChance() {
        Question[] questions = {keyOfLength("a", 101, 100), keyOfLength("b", 101, 100), keyOfLength("c", 90, 100)};
        assertThat(Bank.check(rule, Bank.pack(questions), Strictness.STRICT)).isEmpty();
    }
}
