package dev.examloop.core.fsrs.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Easy Days, as in Anki 24.11: the share of a normal day's review load each weekday should carry, from 0 (no
 * reviews that can go elsewhere) to 1 (a normal day). Weekdays not named carry a full load.
 *
 * @param fractions the share of each light weekday, each in [0, 1]
 */
public record EasyDays(Map<DayOfWeek, Double> fractions) {
    /** Every day a normal day. */
    public static final EasyDays NONE = new EasyDays(Map.of());

    /** The share a day named without a number carries: Anki's "Reduced". */
    public static final double LIGHT = 0.5;

    public EasyDays {
        Objects.requireNonNull(fractions, "fractions");
        EnumMap<DayOfWeek, Double> copy = new EnumMap<>(DayOfWeek.class);
        fractions.forEach((day, share) -> {
            Objects.requireNonNull(day, "day");
            if (share == null || !(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("the share of " + day + " must lie in [0, 1], was " + share);
            }
            copy.put(day, share);
        });
        fractions = Map.copyOf(copy);
    }

    /**
     * Easy days from text such as {@code sat,sun} (each named day carries {@value #LIGHT} of a normal load) or
     * {@code sat:0.5,sun:0}; empty text means none.
     *
     * @throws IllegalArgumentException naming the part that is not a weekday or not a share in [0, 1]
     */
    public static EasyDays parse(String text) {
        Objects.requireNonNull(text, "text");
        EnumMap<DayOfWeek, Double> fractions = new EnumMap<>(DayOfWeek.class);
        List<String> problems = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String item = part.strip();
            if (item.isEmpty()) {
                if (!text.isBlank()) {
                    problems.add("an empty day between commas");
                }
                continue;
            }
            String[] nameAndShare = item.split("[:=]", 2);
            DayOfWeek day = dayOf(nameAndShare[0].strip());
            if (day == null) {
                problems.add("'" + nameAndShare[0].strip() + "' is not a weekday (mon, tue, wed, thu, fri, sat, sun)");
                continue;
            }
            double share = LIGHT;
            if (nameAndShare.length == 2) {
                try {
                    share = Double.parseDouble(nameAndShare[1].strip());
                } catch (NumberFormatException e) {
                    share = Double.NaN;
                }
                if (!(share >= 0 && share <= 1)) {
                    problems.add(
                            "'" + nameAndShare[1].strip() + "' (" + day.name().toLowerCase(Locale.ROOT)
                                    + ") is not a share of a normal day's load between 0 and 1");
                    continue;
                }
            }
            fractions.put(day, share);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new EasyDays(fractions);
    }

    /** The share of a normal day's load that {@code date} carries: 1 unless its weekday is light. */
    public double fraction(LocalDate date) {
        return fractions.getOrDefault(date.getDayOfWeek(), 1.0);
    }

    /** Whether no day is light. */
    public boolean isNone() {
        return fractions.values().stream().allMatch(share -> share >= 1);
    }

    private static @Nullable DayOfWeek dayOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.length() < 2) {
            return null;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(lower)) {
                return day;
            }
        }
        return null;
    }
}
