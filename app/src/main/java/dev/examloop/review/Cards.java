package dev.examloop.review;

import static dev.examloop.review.internal.CardRules.WEAKEST_FIRST;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.MemoryState;
import dev.examloop.core.fsrs.Preview;
import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.review.internal.CardChecks;
import dev.examloop.review.internal.CardKind;
import dev.examloop.review.internal.CardRow;
import dev.examloop.review.internal.CardRules;
import dev.examloop.review.internal.CardStore;
import dev.examloop.review.internal.CardViews;
import dev.examloop.review.internal.CardWriter;
import dev.examloop.review.internal.OutcomeStore;
import dev.examloop.review.internal.ReviewLogStore;
import dev.examloop.review.internal.ReviewSettingsStore;
import dev.examloop.review.internal.ZoneNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade of the review module: cards made from post-mortems or by hand, the board, the daily queue and
 * reviews scheduled with FSRS-6. Every call acts for the current account only. It coordinates: requests are
 * checked by {@link CardChecks}, cards written by {@link CardWriter} and {@link CardStore}, zoned by
 * {@link CardRules}, shown by {@link CardViews}; the queue is {@link DailyQueue}'s.
 */
@Service
public class Cards {
    public static final List<String> WORKFLOWS = Workflow.WIRE_NAMES;

    private final CardStore store;
    private final OutcomeStore outcomes;
    private final ReviewLogStore reviewLog;
    private final ReviewSettingsStore settingsStore;
    private final CardWriter writer;
    private final CardViews views;
    private final CardSchedulers schedulers;
    private final DailyQueue queue;
    private final Accounts accounts;
    private final PackCatalog catalog;
    private final Clock clock;

    Cards(
            CardStore store,
            OutcomeStore outcomes,
            ReviewLogStore reviewLog,
            ReviewSettingsStore settingsStore,
            CardWriter writer,
            CardViews views,
            CardSchedulers schedulers,
            DailyQueue queue,
            Accounts accounts,
            PackCatalog catalog,
            Clock clock) {
        this.store = store;
        this.outcomes = outcomes;
        this.reviewLog = reviewLog;
        this.settingsStore = settingsStore;
        this.writer = writer;
        this.views = views;
        this.schedulers = schedulers;
        this.queue = queue;
        this.accounts = accounts;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Adds a post-mortem entry to its topic's card, creating the card at the first mistake on that topic. */
    @Transactional
    public CardView recordMistake(Mistake m) {
        String account = accounts.currentAccountId();
        Scheduler scheduler = schedulers.of(account);
        long now = m.at() == null ? clock.millis() : m.at().toEpochMilli();
        String title = m.title() == null ? CardRules.titleOf(m.topic()) : m.title();
        CardRow topicCard = writer.upsert(account, CardKind.TOPIC, m.topic(), title, m, null, now);
        if (m.newOutcome()) {
            outcomes.addOutcome(Ids.newId(), account, topicCard.id(), now, m.correct(), m.source(), m.detail());
        }
        CardRow updated = writer.rezone(topicCard, scheduler, now);
        if (m.newOutcome()
                && !m.correct()
                && m.questionId() != null
                && m.packCode() != null
                && settingsStore.settings(account).scheduleMissedQuestions()) {
            String topic = m.packCode() + ":" + m.questionId();
            String questionTitle = "Question " + m.questionId() + " (" + m.packCode() + ")";
            CardRow questionCard =
                    writer.upsert(account, CardKind.QUESTION, topic, questionTitle, m, m.questionId(), now);
            outcomes.addOutcome(Ids.newId(), account, questionCard.id(), now, false, m.source(), m.detail());
            writer.rezone(questionCard, scheduler, now);
        }
        return views.view(updated, true, scheduler);
    }

    /** A card made by hand on the board. */
    @Transactional
    public CardView create(NewCard c) {
        int confidence = CardChecks.newCard(c);
        String topic = CardChecks.topic(
                c.topic() == null || c.topic().isBlank()
                        ? CardRules.topicOf(c.title())
                        : c.topic().trim());
        String account = accounts.currentAccountId();
        if (store.findByTopic(account, CardKind.TOPIC, topic).isPresent()) {
            throw ClientProblem.conflict("card-exists", "a card for topic '" + topic + "' exists already");
        }
        long now = clock.millis();
        Mistake m = new Mistake(
                topic,
                c.title().trim(),
                null,
                null,
                c.domainId(),
                domainTitle(c.domainId()),
                c.tags() == null ? List.of() : c.tags(),
                c.links() == null ? List.of() : c.links(),
                c.note(),
                confidence,
                true,
                "hand",
                null,
                Instant.ofEpochMilli(now),
                false);
        CardRow row = writer.upsert(account, CardKind.TOPIC, topic, c.title().trim(), m, null, now);
        Scheduler scheduler = schedulers.of(account);
        return views.view(writer.rezone(row, scheduler, now), true, scheduler);
    }

    public CardView get(String cardId) {
        CardRow row = row(cardId);
        return views.view(row, true, schedulers.of(row.accountId()));
    }

    /** The board: cards filtered by domain, zone and tag, weakest first (red, yellow, green, then by recall). */
    public List<CardView> board(String domainId, String zone, String tag) {
        CardChecks.zoneFilter(zone);
        String account = accounts.currentAccountId();
        Scheduler scheduler = schedulers.of(account);
        List<CardRow> rows =
                store.list(account, blankToNull(domainId), zone == null ? null : ZoneNames.of(zone), blankToNull(tag));
        List<CardView> cards = new ArrayList<>(
                rows.stream().map(r -> views.view(r, false, scheduler)).toList());
        cards.sort(WEAKEST_FIRST);
        return cards;
    }

    /** Moves a card to a board column and, if given, sets its confidence. */
    @Transactional
    public CardView update(String cardId, String workflow, Integer confidence) {
        CardRow row = lockedRow(cardId);
        Workflow column = workflow == null ? row.workflow() : CardChecks.workflow(workflow);
        if (confidence != null) {
            CardChecks.confidence(confidence);
        }
        long now = clock.millis();
        CardRow updated = row.withBoard(column, confidence == null ? row.confidence() : confidence, now);
        store.update(updated);
        Scheduler scheduler = schedulers.of(row.accountId());
        return views.view(writer.rezone(updated, scheduler, now), true, scheduler);
    }

    /** The daily queue: see {@link DailyQueue#queue}. */
    public QueueView queue() {
        return queue.queue(accounts.currentAccountId());
    }

    /** For the final days: every card on the board, weakest first. */
    public QueueView everything() {
        return DailyQueue.everything(board(null, null, null));
    }

    /** What to recall for a card, with the interval each rating would schedule. */
    public ReviewPrompt prompt(String cardId) {
        CardRow row = row(cardId);
        Scheduler scheduler = schedulers.of(row.accountId());
        Preview preview = scheduler.preview(row.fsrsCard(), clock.instant());
        List<String> intervals = List.of(Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY).stream()
                .map(r -> CardViews.interval(Duration.between(clock.instant(), preview.due(r))))
                .toList();
        boolean isQuestion = row.kind() == CardKind.QUESTION;
        ReviewPrompt.RecallQuestion question = null;
        if (isQuestion && row.packCode() != null) {
            question = catalog.find(row.packCode())
                    .flatMap(p -> p.question(row.questionId()))
                    .map(CardViews::recall)
                    .orElse(null);
        }
        return new ReviewPrompt(
                views.view(row, true, scheduler),
                question,
                intervals,
                store.notes(row.accountId(), row.id(), isQuestion ? row.questionId() : null));
    }

    /**
     * Records a review: FSRS schedules the card, the review is logged, and the rating counts as an outcome
     * (Again wrong, the others right) and as a word on confidence ({@link CardRules#confidenceAfter}), from which
     * the zone follows.
     */
    @Transactional
    public CardView review(String cardId, int grade, Long durationMs) {
        CardChecks.review(grade, durationMs);
        CardRow row = lockedRow(cardId);
        Rating rating = Rating.ofGrade(grade);
        Instant now = clock.instant();
        // One scheduler for the whole review: it reads the settings and the fitted parameters from the database.
        Scheduler scheduler = schedulers.of(row.accountId());
        Card next = scheduler.review(row.fsrsCard(), rating, now).card();
        MemoryState memory = next.memory().orElseThrow();
        long at = now.toEpochMilli();
        reviewLog.addReview(
                row.accountId(),
                new ReviewLogStore.NewReview(
                        Ids.newId(),
                        row.id(),
                        at,
                        grade,
                        row.fsrsState(),
                        durationMs,
                        memory.stability(),
                        memory.difficulty(),
                        next.due().toEpochMilli()));
        String detail = rating.name().toLowerCase(Locale.ROOT);
        outcomes.addOutcome(Ids.newId(), row.accountId(), row.id(), at, rating != Rating.AGAIN, "review", detail);
        CardRow reviewed = row.withSchedule(
                next.state().code(),
                next.step(),
                memory.stability(),
                memory.difficulty(),
                next.due().toEpochMilli(),
                at,
                CardRules.confidenceAfter(rating, row.confidence()),
                row.mistakes(),
                at);
        store.update(reviewed);
        return views.view(writer.rezone(reviewed, scheduler, at), true, scheduler);
    }

    public ReviewSettings settings() {
        return settingsStore.settings(accounts.currentAccountId());
    }

    @Transactional
    public ReviewSettings saveSettings(ReviewSettings settings) {
        CardChecks.settings(settings);
        settingsStore.saveSettings(accounts.currentAccountId(), settings);
        return settings;
    }

    /** The review load over days, for the planner: see {@link DailyQueue#forecast}. */
    public DueForecast forecast(String packCode, ZoneId zone, LocalDate from, LocalDate to) {
        return queue.forecast(accounts.currentAccountId(), packCode, zone, from, to);
    }

    private CardRow row(String cardId) {
        return store.find(accounts.currentAccountId(), cardId)
                .orElseThrow(() -> ClientProblem.notFound("card " + cardId));
    }

    private CardRow lockedRow(String cardId) {
        if (!store.lock(accounts.currentAccountId(), cardId)) {
            throw ClientProblem.notFound("card " + cardId);
        }
        return row(cardId);
    }

    private String domainTitle(String domainId) {
        if (domainId == null) {
            return null;
        }
        return catalog.packs().stream()
                .flatMap(p -> p.blueprint().domain(domainId).stream())
                .map(d -> d.title())
                .findFirst()
                .orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
