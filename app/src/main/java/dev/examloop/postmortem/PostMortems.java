package dev.examloop.postmortem;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.pack.Pack;
import dev.examloop.exam.Attempts;
import dev.examloop.exam.ResultView;
import dev.examloop.postmortem.internal.EntryChecks;
import dev.examloop.postmortem.internal.EntryChecks.CheckedEntry;
import dev.examloop.postmortem.internal.EntryChecks.CheckedExternal;
import dev.examloop.postmortem.internal.PostMortemStore;
import dev.examloop.postmortem.internal.PostMortemViews;
import dev.examloop.review.CardView;
import dev.examloop.review.Cards;
import dev.examloop.review.Mistake;
import dev.examloop.search.DocumentChanged;
import dev.examloop.search.SearchDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade of the post-mortem module: what went wrong in an attempt (or a mock taken elsewhere), written up and
 * sent to the topic's card. Forms are checked by {@link EntryChecks}, rows kept by {@link PostMortemStore} and shown
 * by {@link PostMortemViews}.
 */
@Service
public class PostMortems {

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
        return PostMortemViews.of(attemptId, result, entries);
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
        CheckedEntry checked = EntryChecks.entry(form, view.domains(), item.domainId());
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
                    PostMortemViews.json(checked.links()),
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
                    PostMortemViews.json(checked.links()),
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
        CheckedExternal checked = EntryChecks.external(form, catalog, clock);
        Pack pack = checked.pack();
        LocalDate takenOn = checked.takenOn();
        List<ExternalAttemptForm.DomainScore> domains = checked.domains();
        List<ExternalAttemptForm.MissedTopic> missed = checked.missed();
        List<CheckedEntry> checkedTopics = checked.topics();
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
                PostMortemViews.json(domains),
                now);
        List<String> cardIds = new ArrayList<>();
        for (int i = 0; i < checkedTopics.size(); i++) {
            CheckedEntry c = checkedTopics.get(i);
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
                    PostMortemViews.json(c.links()),
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
                .map(r -> PostMortemViews.external(r, store.cardsOfExternal(account, r.id())))
                .toList();
    }

    /** Tells the search index what the entry says, in the transaction of its write. */
    private void indexed(String account, String entryId, CheckedEntry c, String where, String url) {
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

    private static String domainTitle(PostMortemView view, String domainId) {
        return view.domains().stream()
                .filter(d -> d.id().equals(domainId))
                .map(PostMortemView.Domain::title)
                .findFirst()
                .orElse(null);
    }
}
