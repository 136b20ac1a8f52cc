package dev.examloop.exam;

import java.time.Instant;
import java.util.List;

/**
 * An attempt as the learner sees it while sitting it: no key, no explanation.
 *
 * @param deadline when an exam-mode attempt ends (kept by the server), otherwise {@code null}
 * @param remainingSeconds seconds left before the deadline, {@code null} when untimed
 */
public record AttemptView(
        String id,
        String pack,
        String packTitle,
        Mode mode,
        String status,
        int questionCount,
        Instant startedAt,
        Instant deadline,
        Long remainingSeconds,
        Instant submittedAt,
        int answered,
        int flagged,
        List<String> notes,
        List<ItemStatus> items) {

    /** The state of one question of the attempt, for the navigator. */
    public record ItemStatus(int n, boolean answered, boolean flagged, boolean guessed) {}

    public boolean inProgress() {
        return "in_progress".equals(status);
    }

    public boolean abandoned() {
        return "abandoned".equals(status);
    }

    /** Whether this is a running full mock, which locks the rest of the application. */
    public boolean examLock() {
        return inProgress() && mode == Mode.EXAM;
    }

    public int unanswered() {
        return questionCount - answered;
    }
}
