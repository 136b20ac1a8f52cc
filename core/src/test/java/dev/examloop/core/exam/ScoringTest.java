package dev.examloop.core.exam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.TestPacks;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {
    private final Pack pack = TestPacks.load("tiny");

    private Question q(String id) {
        return pack.question(id).orElseThrow();
    }

    @Test
    void scoresASingleChoiceByItsOneKey() {
        assertThat(Scoring.isCorrect(q("t-single"), List.of("a"))).isTrue();
        assertThat(Scoring.isCorrect(q("t-single"), List.of("b"))).isFalse();
        assertThat(Scoring.isCorrect(q("t-single"), List.of())).isFalse();
    }

    @Test
    void scoresAMultipleResponseAllOrNothingInAnyOrder() {
        assertThat(Scoring.isCorrect(q("t-multiple"), List.of("b", "a"))).isTrue();
        assertThat(Scoring.isCorrect(q("t-multiple"), List.of("a"))).isFalse();
        assertThat(Scoring.isCorrect(q("t-multiple"), List.of("a", "c"))).isFalse();
    }

    @Test
    void scoresAnOrderingOnlyWhenTheWholeOrderIsRight() {
        assertThat(Scoring.isCorrect(q("t-ordering"), List.of("b", "c", "a"))).isTrue();
        assertThat(Scoring.isCorrect(q("t-ordering"), List.of("c", "b", "a"))).isFalse();
        assertThat(Scoring.isCorrect(q("t-ordering"), List.of("b", "c"))).isFalse();
    }

    @Test
    void scoresAMatchingOnlyWhenEveryPairIsRight() {
        assertThat(Scoring.isCorrect(q("t-matching"), List.of("c:t3", "a:t1", "b:t2")))
                .isTrue();
        assertThat(Scoring.isCorrect(q("t-matching"), List.of("a:t1", "b:t3", "c:t2")))
                .isFalse();
        assertThat(Scoring.isCorrect(q("t-matching"), List.of("a:t1", "b:t2"))).isFalse();
    }

    @Test
    void acceptsPartialResponsesForSaving() {
        assertThat(Scoring.problems(q("t-multiple"), List.of("a"))).isEmpty();
        assertThat(Scoring.problems(q("t-ordering"), List.of("b"))).isEmpty();
        assertThat(Scoring.problems(q("t-matching"), List.of("a:t2"))).isEmpty();
    }

    @Test
    void namesWhatIsWrongWithAMalformedResponse() {
        assertThat(Scoring.problems(q("t-single"), List.of("z")))
                .containsExactly("'z' is not an option of this question (options: a, b, c)");
        assertThat(Scoring.problems(q("t-single"), List.of("a", "b")))
                .containsExactly("a single-choice question takes one option, 2 were selected");
        assertThat(Scoring.problems(q("t-multiple"), List.of("a", "b", "c")))
                .containsExactly("this question asks for 2 options, 3 were selected");
        assertThat(Scoring.problems(q("t-ordering"), List.of("a", "a"))).containsExactly("'a' is selected twice");
        assertThat(Scoring.problems(q("t-matching"), List.of("a-t1", "b:t9", "a:t1", "a:t2")))
                .containsExactly(
                        "'a-t1' is not a pair of the form option:target",
                        "'t9' in 'b:t9' is not a target of this question",
                        "item 'a' is matched twice");
    }
}
