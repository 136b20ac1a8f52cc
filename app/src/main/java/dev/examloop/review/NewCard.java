package dev.examloop.review;

import java.util.List;

/** A card made by hand on the board. */
public record NewCard(
        String title,
        String topic,
        String domainId,
        List<String> tags,
        List<String> links,
        String note,
        Integer confidence) {}
