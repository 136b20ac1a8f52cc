package dev.examloop.core.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The blueprint of an exam: what {@code pack.yaml} says.
 *
 * @param referenceDomains host suffixes of the official documentation that references must point to, such as
 *     {@code docs.aws.amazon.com}; empty when the pack does not name them (then only well-formedness is checked)
 * @param importedFrom what the pack's questions were imported from ({@code "GIFT file questions.gift"}), or
 *     {@code null} for a pack written as a pack; an imported bank is held to the structural rules only (see
 *     {@code docs/interchange.md})
 */
public record Blueprint(
        String code,
        String title,
        String vendor,
        String version,
        LocalDate versionDate,
        String licence,
        PackStatus status,
        @Nullable LocalDate retiredOn,
        @Nullable String notice,
        @Nullable String officialGuide,
        ExamSpec exam,
        List<Domain> domains,
        List<String> referenceDomains,
        @Nullable String importedFrom) {
    public Blueprint {
        domains = List.copyOf(domains);
        referenceDomains = List.copyOf(referenceDomains);
    }

    /** A blueprint of a pack written as a pack (not imported). */
    public Blueprint(
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
            List<Domain> domains,
            List<String> referenceDomains) {
        this(
                code,
                title,
                vendor,
                version,
                versionDate,
                licence,
                status,
                retiredOn,
                notice,
                officialGuide,
                exam,
                domains,
                referenceDomains,
                null);
    }

    /** True for a bank imported from another format: see {@link #importedFrom()}. */
    public boolean imported() {
        return importedFrom != null;
    }

    /** A blueprint that names no official documentation domains. */
    public Blueprint(
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
        this(
                code,
                title,
                vendor,
                version,
                versionDate,
                licence,
                status,
                retiredOn,
                notice,
                officialGuide,
                exam,
                domains,
                List.of());
    }

    public Optional<Domain> domain(String domainId) {
        return domains.stream().filter(d -> d.id().equals(domainId)).findFirst();
    }

    public boolean retired() {
        return status == PackStatus.RETIRED;
    }
}
