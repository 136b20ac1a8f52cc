package dev.examloop.core.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ZoneRuleTest {
    private static final boolean RIGHT = true;
    private static final boolean WRONG = false;

    private static ZoneDecision decide(
            List<Boolean> outcomes, int confidence, Double retrievability, Double stability) {
        return ZoneRule.decide(new CardEvidence(outcomes, confidence, retrievability, stability));
    }

    @Nested
    @DisplayName("red")
    class Red {
        @Test
        void afterTwoMissesInTheLastThreeAnswers() {
            assertThat(decide(List.of(RIGHT, WRONG, RIGHT, WRONG), 4, 0.95, 30.0))
                    .isEqualTo(new ZoneDecision(Zone.RED, "2 misses in the last 3 answers"));
        }

        @Test
        void afterTwoMissesEvenWithOnlyTwoAnswers() {
            assertThat(decide(List.of(WRONG, WRONG), 3, null, null).reason())
                    .isEqualTo("2 misses in the last 2 answers");
        }

        @Test
        void withLowConfidence() {
            assertThat(decide(List.of(RIGHT, RIGHT, RIGHT), 2, 0.95, 30.0))
                    .isEqualTo(new ZoneDecision(Zone.RED, "Confidence 2 of 5"));
        }

        @Test
        void whenMemoryIsFading() {
            assertThat(decide(List.of(RIGHT, RIGHT, RIGHT), 4, 0.62, 30.0))
                    .isEqualTo(new ZoneDecision(Zone.RED, "Recall probability 62 %, below 70 %"));
        }

        @Test
        void namesEveryWeaknessAtOnce() {
            assertThat(decide(List.of(WRONG, WRONG, WRONG), 1, 0.5, 2.0).reason())
                    .isEqualTo(
                            "3 misses in the last 3 answers; confidence 1 of 5; recall probability 50 %, below 70 %");
        }
    }

    @Nested
    @DisplayName("green")
    class Green {
        @Test
        void whenRecentAnswersAreRightConfidenceHighAndMemoryStable() {
            assertThat(decide(List.of(WRONG, RIGHT, RIGHT, RIGHT), 4, 0.93, 25.0))
                    .isEqualTo(new ZoneDecision(
                            Zone.GREEN, "Last 3 answers right, confidence 4 of 5, memory stable for 25 days"));
        }

        @Test
        void forgivesAnOldMissOutsideTheWindow() {
            assertThat(decide(List.of(WRONG, WRONG, RIGHT, RIGHT, RIGHT), 5, 0.97, 40.0)
                            .zone())
                    .isEqualTo(Zone.GREEN);
        }
    }

    @Nested
    @DisplayName("yellow")
    class Yellow {
        @Test
        void whenOneRecentMissKeepsItFromGreen() {
            assertThat(decide(List.of(RIGHT, WRONG, RIGHT), 4, 0.95, 30.0))
                    .isEqualTo(new ZoneDecision(Zone.YELLOW, "1 miss in the last 3 answers"));
        }

        @Test
        void beforeTheFirstReview() {
            assertThat(decide(List.of(WRONG), 3, null, null))
                    .isEqualTo(new ZoneDecision(
                            Zone.YELLOW,
                            "Only 1 of 3 answers so far; confidence 3 of 5 (green needs 4); not reviewed yet"));
        }

        @Test
        void whileMemoryIsNotYetStable() {
            assertThat(decide(List.of(RIGHT, RIGHT, RIGHT), 5, 0.92, 6.0))
                    .isEqualTo(new ZoneDecision(Zone.YELLOW, "Memory stable for 6 days (green needs 21)"));
        }

        @Test
        void whenRecallIsBetweenTheThresholds() {
            assertThat(decide(List.of(RIGHT, RIGHT, RIGHT), 4, 0.80, 30.0))
                    .isEqualTo(new ZoneDecision(Zone.YELLOW, "Recall probability 80 % (green needs 90 %)"));
        }
    }

    @Nested
    @DisplayName("faded, between writes")
    class Faded {
        @Test
        void isRedWithTheSameReasonAsTheFullRuleBelowTheRedLine() {
            assertThat(ZoneRule.faded(0.62))
                    .contains(new ZoneDecision(Zone.RED, "Recall probability 62 %, below 70 %"));
        }

        @Test
        void isNothingAtTheRedLineOrBeforeTheFirstReview() {
            assertThat(ZoneRule.faded(ZoneRule.RED_RETRIEVABILITY)).isEmpty();
            assertThat(ZoneRule.faded(null)).isEmpty();
        }
    }

    @Test
    void refusesAConfidenceOutsideOneToFive() {
        assertThatThrownBy(() -> new CardEvidence(List.of(), 7, null, null))
                .hasMessage("confidence must be from 1 to 5, was 7");
    }
}
