package dev.examloop.exam;

import dev.examloop.core.exam.Scoring;
import dev.examloop.exam.internal.AttemptRow;
import dev.examloop.exam.internal.AttemptStore;
import dev.examloop.exam.internal.AttemptTime;
import dev.examloop.exam.internal.ItemRow;
import dev.examloop.exam.internal.Snapshots;
import dev.examloop.exam.internal.StoredQuestion;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The end of an attempt: submitted, scored against the questions as they were drawn, and announced. */
@Component
class AttemptScoring {
    private final AttemptStore store;
    private final Snapshots snapshots;
    private final Clock clock;

    AttemptScoring(AttemptStore store, Snapshots snapshots, Clock clock) {
        this.store = store;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** Submits and scores a locked, in-progress attempt: the status flips first, then the score is recorded. */
    void finish(AttemptRow row, String reason, long submittedAt) {
        if (!store.markSubmitted(row.accountId(), row.id(), submittedAt, reason)) {
            return;
        }
        if (row.currentPosition() != null) {
            store.addTime(row.accountId(), row.id(), row.currentPosition(), AttemptTime.onCurrent(row, clock.millis()));
        }
        List<ItemRow> items = store.items(row.accountId(), row.id());
        Map<Integer, Boolean> correct = new LinkedHashMap<>();
        for (ItemRow item : items) {
            StoredQuestion stored = snapshots.read(item.snapshot());
            correct.put(item.position(), Scoring.isCorrect(stored.question(), snapshots.strings(item.selected())));
        }
        int correctCount = (int) correct.values().stream().filter(c -> c).count();
        store.recordScore(row.accountId(), row.id(), correctCount, correct);
    }
}
