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

    /** The questions an Aiken export leaves out: Aiken holds single answers with options A to Z. */
    public long aikenLeftOut(Pack pack) {
        return pack.questions().stream()
                .filter(q -> q.type() != dev.examloop.core.pack.QuestionType.SINGLE
                        || q.options().size() > 26)
                .count();
    }

    public String when(Instant instant) {
        return WHEN.withZone(zone).format(instant);
    }
}
