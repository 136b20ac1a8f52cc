package dev.examloop.postmortem.internal;

import dev.examloop.common.ClientProblem;
import dev.examloop.common.Tag;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.pack.Pack;
import dev.examloop.postmortem.EntryForm;
import dev.examloop.postmortem.ExternalAttemptForm;
import dev.examloop.postmortem.PostMortemView;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the post-mortem module accepts: an entry for a question, and a mock taken elsewhere with its missed topics. */
public final class EntryChecks {
    static final int MAX_EXPLANATION = 5000;

    private EntryChecks() {}

    /** An entry that passed the checks. */
    public record CheckedEntry(String explanation, String domainId, String topic, List<String> links, int confidence) {}

    /** A mock taken elsewhere that passed the checks: its pack (if given), its date, its scores, its topics. */
    public record CheckedExternal(
            Pack pack,
            LocalDate takenOn,
            List<ExternalAttemptForm.DomainScore> domains,
            List<ExternalAttemptForm.MissedTopic> missed,
            List<CheckedEntry> topics) {}

    /**
     * An entry: an explanation of up to {@value #MAX_EXPLANATION} characters, a domain of the exam (else the
     * question's), a sub-concept {@link Tag}, https links and a confidence of 1 to 5; every problem reported at once.
     */
    public static CheckedEntry entry(EntryForm form, List<PostMortemView.Domain> domains, String defaultDomain) {
        List<String> problems = new ArrayList<>();
        String explanation =
                form.explanation() == null ? "" : form.explanation().strip();
        if (explanation.isEmpty()) {
            problems.add("explanation: write why the right answer is right and what you misunderstood");
        } else if (explanation.length() > MAX_EXPLANATION) {
            problems.add("explanation: is " + explanation.length() + " characters, at most " + MAX_EXPLANATION);
        }
        String domainId = form.domainId() == null || form.domainId().isBlank() ? defaultDomain : form.domainId();
        if (domainId != null && !domains.isEmpty() && domains.stream().noneMatch(d -> d.id().equals(domainId))) {
            problems.add("domainId: '" + domainId + "' is not a domain of this exam");
        }
        String topic = form.topic() == null ? "" : form.topic().strip().toLowerCase(Locale.ROOT);
        if (!Tag.isTag(topic)) {
            problems.add("topic: '" + topic + "' must be a sub-concept tag of " + Tag.SHAPE_IN_WORDS);
        }
        List<String> links = new ArrayList<>();
        for (String link : form.links() == null ? List.<String>of() : form.links()) {
            if (link == null || link.isBlank()) {
                continue;
            }
            try {
                URI uri = new URI(link.strip());
                if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    problems.add("links: '" + link + "' is not an https:// link");
                } else {
                    links.add(link.strip());
                }
            } catch (URISyntaxException e) {
                problems.add("links: '" + link + "' is not a well-formed link");
            }
        }
        int confidence = form.confidence() == null ? 0 : form.confidence();
        if (confidence < 1 || confidence > 5) {
            problems.add("confidence: must be from 1 to 5, was " + form.confidence());
        }
        if (!problems.isEmpty()) {
            throw ClientProblem.badRequest(
                    String.join("; ", problems),
                    problems.stream().map(p -> p.substring(0, p.indexOf(':'))).toList());
        }
        return new CheckedEntry(explanation, domainId, topic, links, confidence);
    }

    /**
     * A mock taken elsewhere: a loaded pack or none, a source, a date not in the future, percentages of 0 to 100 for
     * the whole and for domains of the pack, and an entry for every missed topic; every problem reported at once.
     */
    public static CheckedExternal external(ExternalAttemptForm form, PackCatalog catalog, Clock clock) {
        List<String> problems = new ArrayList<>();
        Pack pack = null;
        if (form.pack() != null && !form.pack().isBlank()) {
            pack = catalog.find(form.pack()).orElse(null);
            if (pack == null) {
                problems.add("pack: '" + form.pack() + "' is not loaded (" + catalog.knownCodes() + ")");
            }
        }
        if (form.source() == null || form.source().isBlank() || form.source().length() > 200) {
            problems.add("source: say where the mock comes from (up to 200 characters)");
        }
        LocalDate takenOn = null;
        try {
            takenOn = LocalDate.parse(String.valueOf(form.takenOn()));
            if (takenOn.isAfter(LocalDate.now(clock))) {
                problems.add("takenOn: " + takenOn + " is in the future");
            }
        } catch (DateTimeParseException e) {
            problems.add("takenOn: '" + form.takenOn() + "' is not a date of the form YYYY-MM-DD");
        }
        if (form.scorePercent() == null || form.scorePercent() < 0 || form.scorePercent() > 100) {
            problems.add("scorePercent: must be between 0 and 100, was " + form.scorePercent());
        }
        List<ExternalAttemptForm.DomainScore> domains = form.domains() == null ? List.of() : form.domains();
        for (int i = 0; i < domains.size(); i++) {
            var d = domains.get(i);
            if (d == null || d.percent() == null || d.percent() < 0 || d.percent() > 100) {
                problems.add("domains[" + i + "].percent: must be between 0 and 100");
            } else if (pack != null && pack.blueprint().domain(d.domainId()).isEmpty()) {
                problems.add("domains[" + i + "].domainId: '" + d.domainId() + "' is not a domain of " + pack.code());
            }
        }
        List<ExternalAttemptForm.MissedTopic> missed = form.missed() == null ? List.of() : form.missed();
        List<CheckedEntry> checkedTopics = new ArrayList<>();
        List<PostMortemView.Domain> packDomains = pack == null
                ? List.of()
                : pack.blueprint().domains().stream()
                        .map(d -> new PostMortemView.Domain(d.id(), d.title()))
                        .toList();
        for (int i = 0; i < missed.size(); i++) {
            var m = missed.get(i);
            try {
                if (m == null || m.topic() == null || m.topic().isBlank()) {
                    throw ClientProblem.badRequest("topic is required", List.of("topic"));
                }
                String concept =
                        m.subConcept() == null || m.subConcept().isBlank() ? Tag.slug(m.topic()) : m.subConcept();
                checkedTopics.add(entry(
                        new EntryForm(
                                m.explanation(),
                                m.domainId(),
                                concept,
                                m.link() == null || m.link().isBlank() ? List.of() : List.of(m.link()),
                                m.confidence() == null ? 2 : m.confidence()),
                        packDomains,
                        null));
            } catch (ClientProblem p) {
                problems.add("missed[" + i + "]: " + p.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw ClientProblem.badRequest(
                    "the logged mock has " + problems.size() + " problem(s): " + String.join("; ", problems), problems);
        }
        return new CheckedExternal(pack, takenOn, domains, missed, checkedTopics);
    }
}
