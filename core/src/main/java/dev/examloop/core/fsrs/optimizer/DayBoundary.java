package dev.examloop.core.fsrs.optimizer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Objects;

/**
 * Where one learner's day ends: the time zone they review in and the hour their day starts at. Two reviews are
 * a day apart when this boundary lies between them, as Anki and the FSRS optimiser count days ("next day starts
 * at 4 am"), not when 24 hours have passed.
 *
 * @param zone the learner's time zone; daylight-saving changes are followed review by review
 * @param dayStartsAtHour the hour (0 to 23) at which a new day begins, local time
 */
public record DayBoundary(ZoneId zone, int dayStartsAtHour) {
    private static final long MILLIS_PER_HOUR = 3_600_000L;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    /** UTC, days starting at midnight: how the Examloop scheduler counts days. */
    public static final DayBoundary UTC_MIDNIGHT = new DayBoundary(ZoneOffset.UTC, 0);

    public DayBoundary {
        Objects.requireNonNull(zone, "zone");
        if (dayStartsAtHour < 0 || dayStartsAtHour > 23) {
            throw new IllegalArgumentException("the day starts at an hour from 0 to 23, was " + dayStartsAtHour);
        }
    }

    /** The learner's day of {@code instant}, as a count of days since 1970-01-01 (local date, shifted). */
    public long dayOf(Instant instant) {
        return dayOf(instant.toEpochMilli(), zone.getRules());
    }

    long dayOf(long epochMilli, ZoneRules rules) {
        long offset = rules.isFixedOffset()
                ? rules.getOffset(Instant.EPOCH).getTotalSeconds() * 1000L
                : rules.getOffset(Instant.ofEpochMilli(epochMilli)).getTotalSeconds() * 1000L;
        return Math.floorDiv(epochMilli + offset - dayStartsAtHour * MILLIS_PER_HOUR, MILLIS_PER_DAY);
    }
}
