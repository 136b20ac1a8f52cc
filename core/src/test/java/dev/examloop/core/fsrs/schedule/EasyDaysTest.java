package dev.examloop.core.fsrs.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EasyDaysTest {
    private static final LocalDate SATURDAY = LocalDate.of(2027, 3, 6);

    @Test
    void givesNamedDaysHalfALoadAndOthersAFullOne() {
        EasyDays days = EasyDays.parse("sat, sun");

        assertThat(days.fraction(SATURDAY)).isEqualTo(0.5);
        assertThat(days.fraction(SATURDAY.plusDays(1))).isEqualTo(0.5);
        assertThat(days.fraction(SATURDAY.plusDays(2))).isEqualTo(1.0);
    }

    @Test
    void readsAShareForEachDay() {
        EasyDays days = EasyDays.parse("saturday:0.25,sun=0");

        assertThat(days.fraction(SATURDAY)).isEqualTo(0.25);
        assertThat(days.fraction(SATURDAY.plusDays(1))).isZero();
    }

    @Test
    void namesEveryBadPart() {
        assertThatThrownBy(() -> EasyDays.parse("sat:2,funday"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2' (saturday) is not a share")
                .hasMessageContaining("'funday' is not a weekday");
    }
}
