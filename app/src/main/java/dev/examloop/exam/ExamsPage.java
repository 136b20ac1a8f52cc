package dev.examloop.exam;

import dev.examloop.content.CatalogEntry;
import dev.examloop.core.pack.Pack;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What the exams page shows: the packs to start from and the attempts in progress. */
public record ExamsPage(List<Pack> packs, List<CatalogEntry> broken, List<AttemptSummary> inProgress, ZoneId zone) {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", java.util.Locale.ENGLISH);

    public long count(Pack pack, String domainId) {
        return pack.questionCountByDomain().getOrDefault(domainId, 0L);
    }

    public String when(Instant instant) {
        return WHEN.withZone(zone).format(instant);
    }
}
