package dev.examloop.core.fsrs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBalancerTest {
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    /** {@code count} cards last reviewed {@code lastDay}, all due on {@code dueDay}. */
    private static List<LoadBalancer.Due> sameDue(int count, int lastDay, int dueDay) {
        List<LoadBalancer.Due> cards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cards.add(new LoadBalancer.Due(i, String.format("%03d", i), lastDay, dueDay));
        }
        return cards;
    }

    @Test
    void spreadsCardsDueOnOneDayEvenlyOverTheirFuzzRange() {
        // Reviewed 10 days ago with a 20-day interval: due on day 10, range 17 to 23 days, so days 7 to 13.
        int[] days = LoadBalancer.balance(sameDue(100, -10, 10), MONDAY, EasyDays.NONE);
        int[] load = new int[30];
        for (int day : days) {
            load[day]++;
        }

        assertThat(Arrays.stream(days).min().orElseThrow()).isEqualTo(7);
        assertThat(Arrays.stream(days).max().orElseThrow()).isEqualTo(13);
        assertThat(Arrays.stream(load, 7, 14).toArray()).containsOnly(14, 15);
    }

    @Test
    void keepsEveryCardInsideItsRange() {
        int[] days = LoadBalancer.balance(sameDue(50, -3, 4), MONDAY, EasyDays.NONE);
        FuzzRange range = FuzzRange.around(7);

        assertThat(Arrays.stream(days).boxed().toList())
                .isNotEmpty()
                .allSatisfy(day -> assertThat(day + 3).isBetween(range.lowest(), range.highest()));
    }

    @Test
    void placesOnLightDaysTheSquareOfTheirShareOfTheMovableLoad() {
        // Days 3 to 7 from a Monday: Thursday to Monday; a weekend day of share 0.5 gets a quarter of a weekday's
        // cards.
        int[] days = LoadBalancer.balance(sameDue(140, -15, 5), MONDAY, EasyDays.parse("sat,sun"));
        int[] load = new int[20];
        for (int day : days) {
            load[day]++;
        }
        double weekday = 0;
        double weekend = 0;
        for (int d = 0; d < load.length; d++) {
            boolean light = MONDAY.plusDays(d).getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0;
            if (load[d] > 0) {
                if (light) {
                    weekend = Math.max(weekend, load[d]);
                } else {
                    weekday = Math.max(weekday, load[d]);
                }
            }
        }

        assertThat(weekend).isPositive();
        assertThat(weekend / weekday).isBetween(0.15, 0.35);
    }

    @Test
    void bringsACardWhoseRangeIsAllLightDaysForwardToTheDayBefore() {
        // Reviewed on Thursday (day 3 from Monday) with a 2-day interval: due on Saturday, no fuzz.
        int[] days = LoadBalancer.balance(
                List.of(new LoadBalancer.Due(0, "a", 3, 5)), MONDAY, EasyDays.parse("sat:0,sun:0"));

        assertThat(MONDAY.plusDays(days[0]).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    }

    @Test
    void leavesOverdueCardsOnToday() {
        int[] days = LoadBalancer.balance(sameDue(5, -40, -5), MONDAY, EasyDays.NONE);

        assertThat(days).containsOnly(0);
    }
}
