package dev.examloop.postmortem;

import java.util.List;

/** A logged mock from elsewhere, with the cards its missed topics went to. */
public record ExternalAttemptView(
        String id,
        String pack,
        String source,
        String takenOn,
        double scorePercent,
        List<ExternalAttemptForm.DomainScore> domains,
        List<String> cardIds) {}
