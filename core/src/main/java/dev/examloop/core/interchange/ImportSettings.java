package dev.examloop.core.interchange;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How imported questions become a pack: its code and title, and the blueprint settings the command line's flags give
 * (unset ones are worked out from the bank).
 *
 * @param domain when set, every question goes into this one domain instead of one domain per category
 * @param questionCount questions in a mock; default: the bank's size, at most 65
 * @param durationMinutes time limit of a mock; default: 2 minutes a question
 * @param passingPercent the passing score on a 0–100 scale; default 70
 */
public record ImportSettings(
        String code,
        String title,
        String vendor,
        String domain,
        Integer questionCount,
        Integer durationMinutes,
        Integer passingPercent,
        LocalDate today) {
    public ImportSettings {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(today, "today");
    }

    public static ImportSettings of(String code, LocalDate today) {
        return new ImportSettings(code, null, null, null, null, null, null, today);
    }

    public Optional<String> domainOverride() {
        return Optional.ofNullable(domain).filter(d -> !d.isBlank());
    }
}
