package dev.examloop.planner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.plan.BlockKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlockTimersTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");
    private static final long NINE_YESTERDAY =
            Instant.parse("2026-12-06T09:00:00Z").toEpochMilli();

    private static BlockRow running(String day, BlockKind kind, long since) {
        return new BlockRow(
                "b1",
                "acc",
                "g1",
                day,
                "key",
                kind,
                null,
                null,
                "Block",
                60,
                BlockStatus.RUNNING,
                since,
                since,
                0,
                null);
    }

    @Test
    void pausesABlockLeftRunningOnAnEarlierDayAtTheEndOfThatDay() {
        BlockRow row = running("2026-12-06", BlockKind.DOCUMENTATION, NINE_YESTERDAY);

        List<BlockRow> settled = BlockTimers.settled(List.of(row), TODAY, UTC, Optional.empty());

        assertThat(settled).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo(BlockStatus.PAUSED);
            assertThat(b.runningSince()).isNull();
            assertThat(b.seconds()).isEqualTo(15 * 3600);
        });
    }

    @Test
    void finishesAMockBlockAtTheSubmitOfAMockTakenAfterItStarted() {
        BlockRow row = running("2026-12-07", BlockKind.MOCK_EXAM, NINE_YESTERDAY);
        Instant submitted = Instant.ofEpochMilli(NINE_YESTERDAY).plusSeconds(90 * 60);

        List<BlockRow> settled = BlockTimers.settled(List.of(row), TODAY, UTC, Optional.of(submitted));

        assertThat(settled).singleElement().satisfies(b -> {
            assertThat(b.isDone()).isTrue();
            assertThat(b.finishedAt()).isEqualTo(submitted.toEpochMilli());
            assertThat(b.seconds()).isEqualTo(90 * 60);
        });
    }

    @Test
    void leavesTodaysRunningBlocksAndDoneBlocksAlone() {
        BlockRow today = running("2026-12-07", BlockKind.DOCUMENTATION, NINE_YESTERDAY);
        BlockRow done =
                running("2026-12-06", BlockKind.MOCK_EXAM, NINE_YESTERDAY).done(NINE_YESTERDAY + 1000);

        assertThat(BlockTimers.settled(
                        List.of(today, done), TODAY, UTC, Optional.of(Instant.parse("2026-12-07T12:00:00Z"))))
                .isEmpty();
    }
}
