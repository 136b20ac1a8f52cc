package dev.examloop.core.fsrs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FuzzRangeTest {
    @Test
    void hasNoFuzzUnderTwoAndAHalfDays() {
        assertThat(FuzzRange.around(2)).isEqualTo(new FuzzRange(2, 2));
    }

    @Test
    void widensWithTheIntervalAsAnkiDoes() {
        // delta = 1 + 0.15 × 4.5 + 0.10 × 3 = 1.975 at 10 days; 1 + 0.675 + 1.3 + 0.05 × 80 = 6.975 at 100 days.
        assertThat(FuzzRange.around(10)).isEqualTo(new FuzzRange(8, 12));
        assertThat(FuzzRange.around(100)).isEqualTo(new FuzzRange(93, 107));
    }
}
