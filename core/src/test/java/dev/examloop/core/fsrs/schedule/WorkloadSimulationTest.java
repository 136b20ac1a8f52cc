package dev.examloop.core.fsrs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.MemoryState;
import dev.examloop.core.fsrs.SchedulerSettings;
import dev.examloop.core.fsrs.State;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkloadSimulationTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private static ScheduleRequest request(double minutes) {
        List<CardToSchedule> cards = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Instant last = TODAY.minusDays(1 + i % 9).atTime(12, 0).toInstant(ZoneOffset.UTC);
            double stability = 1 + (i * 7 % 30);
            cards.add(new CardToSchedule(
                    String.format("%03d", i),
                    Card.reviewed(
                            State.REVIEW,
                            0,
                            new MemoryState(stability, 5),
                            last.plus(Duration.ofDays(Math.round(stability))),
                            last)));
        }
        return new ScheduleRequest(
                cards,
                TODAY,
                Optional.of(TODAY.plusDays(20).atTime(9, 0).toInstant(ZoneOffset.UTC)),
                DailyMinutes.every(minutes),
                10,
                EasyDays.NONE,
                ZoneOffset.UTC,
                SchedulerSettings.DEFAULT,
                0);
    }

    private static double total(WorkloadSimulation.Outcome outcome) {
        return outcome.minutesPerDay().stream().mapToDouble(Double::doubleValue).sum();
    }

    @Test
    void costsMoreTimeAndKeepsMoreAtAHigherRetention() {
        WorkloadSimulation.Outcome low = WorkloadSimulation.simulate(request(600), Optional.of(0.75), 20);
        WorkloadSimulation.Outcome high = WorkloadSimulation.simulate(request(600), Optional.of(0.95), 20);

        assertThat(total(high)).isGreaterThan(total(low));
        assertThat(high.examRecall()).isGreaterThan(low.examRecall());
    }

    @Test
    void neverSpendsMoreThanEachDaysMinutes() {
        WorkloadSimulation.Outcome planned = WorkloadSimulation.simulate(request(1), Optional.empty(), 20);

        assertThat(planned.minutesPerDay())
                .hasSize(20)
                .allSatisfy(m -> assertThat(m).isLessThanOrEqualTo(1.0));
        assertThat(planned.reviews()).isPositive();
    }

    @Test
    void givesTheSameAnswerTwice() {
        assertThat(WorkloadSimulation.simulate(request(2), Optional.empty(), 20))
                .isEqualTo(WorkloadSimulation.simulate(request(2), Optional.empty(), 20));
    }

    @Test
    void recommendsOneOfTheRetentionsItTried() {
        double recommended = WorkloadSimulation.recommendedRetention(request(10), 20);

        assertThat(WorkloadSimulation.RETENTIONS).contains(recommended);
    }
}
