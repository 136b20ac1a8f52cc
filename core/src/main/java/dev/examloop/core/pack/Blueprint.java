package dev.examloop.core.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The blueprint of an exam: what {@code pack.yaml} says. */
public record Blueprint(
        String code,
        String title,
        String vendor,
        String version,
        LocalDate versionDate,
        String licence,
        PackStatus status,
        LocalDate retiredOn,
        String notice,
        String officialGuide,
        ExamSpec exam,
        List<Domain> domains) {
    public Blueprint {
        domains = List.copyOf(domains);
    }

    public Optional<Domain> domain(String domainId) {
        return domains.stream().filter(d -> d.id().equals(domainId)).findFirst();
    }

    public boolean retired() {
        return status == PackStatus.RETIRED;
    }
}
