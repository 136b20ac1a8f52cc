package dev.examloop.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and moments as a person reads them ("Mon 7 Dec 2026", "Mon 7 Dec 2026, 20:01"), never as ISO strings. Pages
 * format in the learner's time zone (the goal's), or the machine's when there is none.
 */
public final class HumanTime {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private HumanTime() {}

    /** A day: "Mon 7 Dec 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A day given as an ISO date ("2026-12-07"); a string that is not one is returned as it is. */
    public static String day(String isoDate) {
        try {
            return day(LocalDate.parse(isoDate));
        } catch (DateTimeException e) {
            return isoDate;
        }
    }

    /** A moment in {@code zone}: "Mon 7 Dec 2026, 20:01". */
    public static String moment(Instant instant, ZoneId zone) {
        return MOMENT.format(instant.atZone(zone));
    }

    /** A moment in the zone named {@code zoneId} (the machine's zone when it is not a zone). */
    public static String moment(Instant instant, String zoneId) {
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            zone = ZoneId.systemDefault();
        }
        return moment(instant, zone);
    }
}
