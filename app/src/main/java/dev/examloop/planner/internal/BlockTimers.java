package dev.examloop.planner.internal;

import dev.examloop.core.plan.BlockKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules of block timers that no click sets off: they follow from time passing and mocks submitted. */
public final class BlockTimers {
    private BlockTimers() {}

    /**
     * The blocks that change before a plan is made: a mock block still open when a full-length mock of the pack was
     * submitted after it started is done, its timer stopped at the submit; a block left running on an earlier day is
     * paused at the end of that day. The others are left out.
     */
    public static List<BlockRow> settled(
            List<BlockRow> rows, LocalDate today, ZoneId zone, Optional<Instant> lastMockSubmitted) {
        List<BlockRow> changed = new ArrayList<>();
        for (BlockRow row : rows) {
            if (row.isDone()) {
                continue;
            }
            if (row.kind() == BlockKind.MOCK_EXAM
                    && lastMockSubmitted.isPresent()
                    && lastMockSubmitted.get().toEpochMilli() >= row.startedAt()) {
                changed.add(row.done(lastMockSubmitted.get().toEpochMilli()));
            } else if (row.status() == BlockStatus.RUNNING
                    && LocalDate.parse(row.day()).isBefore(today)) {
                long endOfDay = LocalDate.parse(row.day())
                        .plusDays(1)
                        .atStartOfDay(zone)
                        .toInstant()
                        .toEpochMilli();
                changed.add(row.paused(endOfDay));
            }
        }
        return changed;
    }
}
