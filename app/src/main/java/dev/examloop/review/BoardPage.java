package dev.examloop.review;

import java.util.List;

/** What the board page shows: the cards by column, and the filters in force. */
public record BoardPage(List<CardView> cards, String domain, String zone, String tag, List<DomainOption> domains) {
    public record DomainOption(String id, String title) {}

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
