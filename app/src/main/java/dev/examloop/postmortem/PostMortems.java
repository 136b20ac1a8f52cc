package dev.examloop.postmortem;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.common.Tag;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.pack.Pack;
import dev.examloop.exam.Attempts;
import dev.examloop.exam.ResultView;
import dev.examloop.postmortem.internal.PostMortemStore;
import dev.examloop.review.CardView;
import dev.examloop.review.Cards;
import dev.examloop.review.Mistake;
import dev.examloop.search.DocumentChanged;
import dev.examloop.search.SearchDocument;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The facade of the post-mortem module. */
@Service
public class PostMortems {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_EXPLANATION = 5000;

    private final PostMortemStore store;
    private final Attempts attempts;
    private final Cards cards;
    private final PackCatalog catalog;
    private final Accounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public PostMortems(
            PostMortemStore store,
            Attempts attempts,
            Cards cards,
            PackCatalog catalog,
            Accounts accounts,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.attempts = attempts;
        this.cards = cards;
        this.catalog = catalog;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Every missed, flagged or guessed question of a submitted attempt, with what was written so far. */
    public PostMortemView forAttempt(String attemptId) {
        ResultView result = attempts.result(attemptId);
        Map<Integer, PostMortemStore.EntryRow> entries = store.entriesOf(accounts.currentAccountId(), attemptId);
        List<PostMortemView.Item> items = new ArrayList<>();
        for (ResultView.ReviewItem q : result.questions()) {
            List<String> why = new ArrayList<>();
            if (!q.correct()) {
                why.add(q.answered() ? "missed" : "unanswered");
            }
            if (q.flagged()) {
                why.add("flagged");
            }
            if (q.guessed()) {
                why.add("guessed");
            }
            if (why.isEmpty()) {
                continue;
            }
            PostMortemStore.EntryRow row = entries.get(q.n());
            PostMortemView.Entry entry = row == null
                    ? null
                    : new PostMortemView.Entry(
                            row.explanation(),
                            row.domainId(),
                            row.topic(),
                            list(row.links()),
                            row.confidence(),
                            row.cardId(),
                            Instant.ofEpochMilli(row.updatedAt()));
            items.add(new PostMortemView.Item(
                    q.n(),
                    q.questionId(),
                    why,
                    q.stem(),
                    q.selected(),
                    q.feedback().key(),
                    q.domainId(),
                    q.tags().isEmpty() ? null : q.tags().get(0),
                    q.tags(),
                    q.feedback().references(),
                    entry));
        }
        List<PostMortemView.Domain> domains = result.domains().stream()
                .map(d -> new PostMortemView.Domain(d.id(), d.title()))
                .toList();
        int done = (int) items.stream().filter(PostMortemView.Item::written).count();
        return new PostMortemView(attemptId, result.pack(), items.size(), done, items, domains);
    }

    /** Saves the entry of question {@code n}; the first save adds the mistake to its topic's card. */
    @Transactional
    public PostMortemView.Entry save(String attemptId, int n, EntryForm form) {
        PostMortemView view = forAttempt(attemptId);
        PostMortemView.Item item = view.items().stream()
                .filter(i -> i.n() == n)
                .findFirst()
                .orElseThrow(() -> new ClientProblem(
                        404,
                        "not-in-postmortem",
                        "question " + n + " of attempt " + attemptId
                                + " was answered right without a flag or a guess; it has no post-mortem"));
        Checked checked = check(form, view.domains(), item.domainId());
        String account = accounts.currentAccountId();
        long now = clock.millis();
        Optional<PostMortemStore.EntryRow> existing = store.entry(account, attemptId, n);
        boolean newOutcome = existing.isEmpty() || !existing.get().topic().equals(checked.topic());
        boolean correct = !item.why().contains("missed") && !item.why().contains("unanswered");
        CardView card = cards.recordMistake(new Mistake(
                checked.topic(),
                null,
                view.pack(),
                item.questionId(),
                checked.domainId(),
                domainTitle(view, checked.domainId()),
                item.tags(),
                checked.links(),
                checked.explanation(),
                checked.confidence(),
                correct,
                "attempt",
                view.pack() + " attempt, question " + n + " (" + String.join(", ", item.why()) + ")",
                Instant.ofEpochMilli(now),
                newOutcome));
        String entryId = existing.map(PostMortemStore.EntryRow::id).orElseGet(Ids::newId);
        if (existing.isEmpty()) {
            store.insertEntry(
                    entryId,
                    account,
                    attemptId,
                    n,
                    null,
                    item.questionId(),
                    checked.topic(),
                    checked.domainId(),
                    checked.explanation(),
                    json(checked.links()),
                    checked.confidence(),
                    card.id(),
                    now);
        } else {
            store.updateEntry(
                    account,
                    entryId,
                    checked.topic(),
                    checked.domainId(),
                    checked.explanation(),
                    json(checked.links()),
                    checked.confidence(),
                    card.id(),
                    now);
        }
        indexed(
                account,
                entryId,
                checked,
                view.pack() + " " + item.questionId(),
                "/attempts/" + attemptId + "/postmortem#pm-" + n);
        return new PostMortemView.Entry(
                checked.explanation(),
                checked.domainId(),
                checked.topic(),
                checked.links(),
                checked.confidence(),
                card.id(),
                Instant.ofEpochMilli(now));
    }

    /** Logs a mock taken elsewhere; every missed topic becomes a post-mortem entry and goes to its card. */
    @Transactional
    public ExternalAttemptView logExternal(ExternalAttemptForm form) {
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
        List<Checked> checkedTopics = new ArrayList<>();
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
                checkedTopics.add(check(
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
        String account = accounts.currentAccountId();
        String id = Ids.newId();
        long now = clock.millis();
        store.insertExternal(
                id,
                account,
                pack == null ? null : pack.code(),
                form.source().trim(),
                takenOn.toString(),
                form.scorePercent(),
                writeDomains(domains),
                now);
        List<String> cardIds = new ArrayList<>();
        for (int i = 0; i < checkedTopics.size(); i++) {
            Checked c = checkedTopics.get(i);
            var m = missed.get(i);
            String domainTitle = pack == null || c.domainId() == null
                    ? null
                    : pack.blueprint().domain(c.domainId()).map(d -> d.title()).orElse(null);
            CardView card = cards.recordMistake(new Mistake(
                    c.topic(),
                    m.topic().trim(),
                    pack == null ? null : pack.code(),
                    null,
                    c.domainId(),
                    domainTitle,
                    List.of(c.topic()),
                    c.links(),
                    c.explanation(),
                    c.confidence(),
                    false,
                    "external",
                    form.source().trim() + ", " + takenOn,
                    Instant.ofEpochMilli(now),
                    true));
            String entryId = Ids.newId();
            store.insertEntry(
                    entryId,
                    account,
                    null,
                    null,
                    id,
                    null,
                    c.topic(),
                    c.domainId(),
                    c.explanation(),
                    json(c.links()),
                    c.confidence(),
                    card.id(),
                    now);
            indexed(account, entryId, c, form.source().trim() + ", " + takenOn, "/external");
            cardIds.add(card.id());
        }
        return new ExternalAttemptView(
                id,
                pack == null ? null : pack.code(),
                form.source().trim(),
                takenOn.toString(),
                form.scorePercent(),
                domains,
                cardIds);
    }

    public List<ExternalAttemptView> externals() {
        String account = accounts.currentAccountId();
        return store.externals(account).stream()
                .map(r -> new ExternalAttemptView(
                        r.id(),
                        r.pack(),
                        r.source(),
                        r.takenOn(),
                        r.scorePercent(),
                        readDomains(r.domains()),
                        store.cardsOfExternal(account, r.id())))
                .toList();
    }

    /** Tells the search index what the entry says, in the transaction of its write. */
    private void indexed(String account, String entryId, Checked c, String where, String url) {
        events.publishEvent(new DocumentChanged(new SearchDocument(
                account,
                "postmortem",
                entryId,
                "Post-mortem: " + c.topic().replace('-', ' ') + " (" + where + ")",
                c.explanation(),
                c.domainId(),
                List.of(c.topic()),
                c.links(),
                url)));
    }

    private record Checked(String explanation, String domainId, String topic, List<String> links, int confidence) {}

    private static Checked check(EntryForm form, List<PostMortemView.Domain> domains, String defaultDomain) {
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
        String topic = form.topic() == null ? "" : form.topic().strip().toLowerCase(java.util.Locale.ROOT);
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
            } catch (java.net.URISyntaxException e) {
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
        return new Checked(explanation, domainId, topic, links, confidence);
    }

    private static String domainTitle(PostMortemView view, String domainId) {
        return view.domains().stream()
                .filter(d -> d.id().equals(domainId))
                .map(PostMortemView.Domain::title)
                .findFirst()
                .orElse(null);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(String json) {
        return dev.examloop.common.JsonLists.read(json);
    }

    private static String writeDomains(List<ExternalAttemptForm.DomainScore> domains) {
        return json(domains);
    }

    private static List<ExternalAttemptForm.DomainScore> readDomains(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<ExternalAttemptForm.DomainScore>>() {});
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
