package dev.examloop.core.pack;

import static dev.examloop.core.pack.Bank.single;
import static dev.examloop.core.pack.Bank.stem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoverageRuleTest {
    private final CoverageRule rule = new CoverageRule();

    @Test
    void acceptsTwoQuestionsForEveryTaskStatement() {
        Pack pack = Bank.pack(
                single("a", "1.1", stem(1)),
                single("b", "1.1", stem(2)),
                single("c", "1.2", stem(3)),
                single("d", "1.2", stem(4)),
                single("e", "2.1", stem(5)),
                single("f", "2.1", stem(6)));
        assertThat(Bank.check(rule, pack, Strictness.STRICT)).isEmpty();
    }

    @Test
    void namesEachTaskStatementWithFewerThanTwoQuestions() {
        Pack pack = Bank.pack(single("a", "1.1", stem(1)), single("b", "1.1", stem(2)), single("c", "1.2", stem(3)));
        assertThat(Bank.check(rule, pack, Strictness.NORMAL))
                .containsExactly(
                        "p: tasks[1.2]: warning: task statement 1.2 (B) has 1 question, at least 2 are needed",
                        "p: tasks[2.1]: warning: task statement 2.1 (C) has 0 questions, at least 2 are needed");
    }

    @Test
    void isAnErrorUnderStrict() {
        assertThat(rule.check(Bank.pack(single("a", "1.1", stem(1))), SourceMap.empty("p"), Strictness.STRICT))
                .hasSize(3)
                .allMatch(Problem::isError);
    }
}
