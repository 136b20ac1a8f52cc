package dev.examloop.review;

import java.util.List;

/** What the board page shows: the cards by column, and the filters in force. */
public record BoardPage(
        List<CardView> cards,
        String domain,
        String zone,
        String tag,
        List<DomainOption> domains,
        ReviewSettings settings,
        OptimisationStatus optimisation) {
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern(
                    "EEE d MMM yyyy, HH:mm", java.util.Locale.ENGLISH)
            .withZone(java.time.ZoneId.systemDefault());

    /** A due date as the learner reads it, in the machine's time zone. */
    public static String when(java.time.Instant instant) {
        return WHEN.format(instant);
    }

    public record DomainOption(String id, String title) {}

    /** A metric with four decimals. */
    public static String decimal(double value) {
        return String.format(java.util.Locale.ROOT, "%.4f", value);
    }

    /** A share as a percentage with two decimals. */
    public static String percent(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f %%", 100 * value);
    }

    public List<CardView> column(String workflow) {
        return cards.stream().filter(c -> c.workflow().equals(workflow)).toList();
    }

    public static String columnTitle(String workflow) {
        return switch (workflow) {
            case "to-study" -> "To study";
            case "reviewing" -> "Reviewing";
            default -> "Mastered";
        };
    }
}
