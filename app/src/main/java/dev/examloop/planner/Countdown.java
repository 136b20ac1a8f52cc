package dev.examloop.planner;

import java.time.Duration;
import java.time.Instant;

/** Time left until the active goal's exam, for the countdown on every page. */
public record Countdown(String pack, Instant examAt, long days, long hours, long minutes, boolean past) {
    public static Countdown of(String pack, Instant examAt, Instant now) {
        Duration left = Duration.between(now, examAt);
        if (left.isNegative()) {
            return new Countdown(pack, examAt, 0, 0, 0, true);
        }
        return new Countdown(pack, examAt, left.toDays(), left.toHoursPart(), left.toMinutesPart(), false);
    }

    /** "9 d 14 h to MLS-C01". */
    public String text() {
        if (past) {
            return pack + ": exam time has passed";
        }
        return days + " d " + hours + " h to " + pack;
    }
}
