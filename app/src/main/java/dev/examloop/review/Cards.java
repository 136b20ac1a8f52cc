package dev.examloop.review;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.common.Tag;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.board.CardEvidence;
import dev.examloop.core.board.Zone;
import dev.examloop.core.board.ZoneDecision;
import dev.examloop.core.board.ZoneRule;
import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.MemoryState;
import dev.examloop.core.fsrs.Preview;
import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.ReviewOutcome;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.core.fsrs.SchedulerSettings;
import dev.examloop.core.fsrs.State;
import dev.examloop.core.pack.Question;
import dev.examloop.review.internal.CardKind;
import dev.examloop.review.internal.CardRow;
import dev.examloop.review.internal.CardStore;
import dev.examloop.review.internal.ParameterSetStore;
import dev.examloop.review.internal.ZoneNames;
import dev.examloop.search.DocumentChanged;
import dev.examloop.search.SearchDocument;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade of the review module: cards made from post-mortems or by hand, the board, the daily queue and
 * reviews scheduled with FSRS-6. Every call acts for the current account only.
 */
@Service
public class Cards {
    public static final List<String> WORKFLOWS = Workflow.WIRE_NAMES;
    static final int MAX_TITLE = 300;
    static final int MAX_DOMAIN_ID = 32;
    static final int MAX_NOTE = 100_000;
    static final int MAX_TAG = 64;
    static final int MAX_LINK = 500;

    private final CardStore store;
    private final ParameterSetStore parameterSets;
    private final Accounts accounts;
    private final PackCatalog catalog;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ReviewTimetable> timetable;

    public Cards(
            CardStore store,
            ParameterSetStore parameterSets,
            Accounts accounts,
            PackCatalog catalog,
            Clock clock,
            ApplicationEventPublisher events,
            ObjectProvider<ReviewTimetable> timetable) {
        this.store = store;
        this.parameterSets = parameterSets;
        this.accounts = accounts;
        this.catalog = catalog;
        this.clock = clock;
        this.events = events;
        this.timetable = timetable;
    }

    /** Adds a post-mortem entry to its topic's card, creating the card at the first mistake on that topic. */
    @Transactional
    public CardView recordMistake(Mistake m) {
        String account = accounts.currentAccountId();
        Scheduler scheduler = scheduler(account);
        long now = m.at() == null ? clock.millis() : m.at().toEpochMilli();
        CardRow topicCard = upsert(
                account, CardKind.TOPIC, m.topic(), m.title() == null ? titleOf(m.topic()) : m.title(), m, null, now);
        if (m.newOutcome()) {
            store.addOutcome(Ids.newId(), account, topicCard.id(), now, m.correct(), m.source(), m.detail());
        }
        CardRow updated = rezone(topicCard, scheduler, now);
        if (m.newOutcome()
                && !m.correct()
                && m.questionId() != null
                && m.packCode() != null
                && store.settings(account).scheduleMissedQuestions()) {
            String topic = m.packCode() + ":" + m.questionId();
            CardRow questionCard = upsert(
                    account,
                    CardKind.QUESTION,
                    topic,
                    "Question " + m.questionId() + " (" + m.packCode() + ")",
                    m,
                    m.questionId(),
                    now);
            store.addOutcome(Ids.newId(), account, questionCard.id(), now, false, m.source(), m.detail());
            rezone(questionCard, scheduler, now);
        }
        return view(updated, true, scheduler);
    }

    /** A card made by hand on the board. */
    @Transactional
    public CardView create(NewCard c) {
        if (c.title() == null || c.title().isBlank()) {
            throw ClientProblem.badRequest("title is required", List.of("title"));
        }
        checkLengths(c);
        int confidence = c.confidence() == null ? 3 : c.confidence();
        checkConfidence(confidence);
        String topic = c.topic() == null || c.topic().isBlank()
                ? slug(c.title())
                : c.topic().trim();
        if (!Tag.isTag(topic)) {
            throw ClientProblem.badRequest("topic '" + topic + "' must be " + Tag.SHAPE_IN_WORDS, List.of("topic"));
        }
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
        CardRow row = upsert(account, CardKind.TOPIC, topic, c.title().trim(), m, null, now);
        Scheduler scheduler = scheduler(account);
        return view(rezone(row, scheduler, now), true, scheduler);
    }

    /** The card's fields fit their columns on every database (PostgreSQL would refuse, SQLite keep, a longer one). */
    private static void checkLengths(NewCard c) {
        List<String> problems = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        if (c.title().trim().length() > MAX_TITLE) {
            problems.add("title: is " + c.title().trim().length() + " characters, at most " + MAX_TITLE);
            fields.add("title");
        }
        if (c.domainId() != null && (c.domainId().isEmpty() || c.domainId().length() > MAX_DOMAIN_ID)) {
            problems.add(
                    "domainId: is " + c.domainId().length() + " characters, a domain id has 1 to " + MAX_DOMAIN_ID);
            fields.add("domainId");
        }
        if (c.note() != null && c.note().length() > MAX_NOTE) {
            problems.add("note: is " + c.note().length() + " characters, at most " + MAX_NOTE);
            fields.add("note");
        }
        List<String> tags = c.tags() == null ? List.of() : c.tags();
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i) == null || tags.get(i).isBlank() || tags.get(i).length() > MAX_TAG) {
                problems.add("tags[" + i + "]: a tag has 1 to " + MAX_TAG + " characters");
                fields.add("tags[" + i + "]");
            }
        }
        List<String> links = c.links() == null ? List.of() : c.links();
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i) == null || links.get(i).length() > MAX_LINK) {
                problems.add("links[" + i + "]: a link has at most " + MAX_LINK + " characters");
                fields.add("links[" + i + "]");
            }
        }
        if (!problems.isEmpty()) {
            throw ClientProblem.badRequest(String.join("; ", problems), fields);
        }
    }

    public CardView get(String cardId) {
        return view(row(cardId), true);
    }

    /** The board: cards filtered by domain, zone and tag, weakest first (red, yellow, green, then by recall). */
    public List<CardView> board(String domainId, String zone, String tag) {
        if (zone != null && !ZoneNames.isZone(zone)) {
            throw ClientProblem.badRequest("zone '" + zone + "' is not red, yellow or green", List.of("zone"));
        }
        String account = accounts.currentAccountId();
        Scheduler scheduler = scheduler(account);
        List<CardView> cards =
                new ArrayList<>(store
                        .list(
                                account,
                                blankToNull(domainId),
                                zone == null ? null : ZoneNames.of(zone),
                                blankToNull(tag))
                        .stream()
                        .map(r -> view(r, false, scheduler))
                        .toList());
        cards.sort(WEAKEST_FIRST);
        return cards;
    }

    static final Comparator<CardView> WEAKEST_FIRST = Comparator.comparingInt(
                    (CardView c) -> List.of("red", "yellow", "green").indexOf(c.zone()))
            .thenComparingDouble(c -> c.retrievability() == null ? 0 : c.retrievability())
            .thenComparingLong(CardView::number);

    /** Moves a card to a board column and, if given, sets its confidence. */
    @Transactional
    public CardView update(String cardId, String workflow, Integer confidence) {
        CardRow row = lockedRow(cardId);
        Workflow column = workflow == null
                ? row.workflow()
                : Workflow.ofWire(workflow)
                        .orElseThrow(() -> ClientProblem.badRequest(
                                "workflow '" + workflow + "' is not one of " + String.join(", ", WORKFLOWS),
                                List.of("workflow")));
        if (confidence != null) {
            checkConfidence(confidence);
        }
        long now = clock.millis();
        CardRow updated = row.withBoard(column, confidence == null ? row.confidence() : confidence, now);
        store.update(updated);
        Scheduler scheduler = scheduler(row.accountId());
        return view(rezone(updated, scheduler, now), true, scheduler);
    }

    /** How many cards of each kind a queue lists at most; the counts are always complete. */
    static final int QUEUE_PAGE = 100;

    /**
     * The daily queue. With an active goal: the cards the core's exam-day plan chooses for today within the plan's
     * review minutes ({@link PlannedQueue}, decision 0075), then the red cards it left out. Without one: red cards
     * first, then cards due today, then new cards up to the daily limit. It lists the first {@value #QUEUE_PAGE} of
     * each kind (a session takes them one by one) with the full counts.
     */
    public QueueView queue() {
        String account = accounts.currentAccountId();
        ReviewSettings settings = store.settings(account);
        Scheduler scheduler = scheduler(account, settings);
        ReviewTimetable source = timetable.getIfAvailable();
        java.util.Optional<ReviewTimetable.ReviewDays> days =
                source == null ? java.util.Optional.empty() : source.reviewDays();
        if (days.isPresent()) {
            return plannedQueue(account, settings, scheduler, days.get());
        }
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        long endOfDay = today.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
        long startOfDay = today.atStartOfDay(zone).toInstant().toEpochMilli();
        List<QueueView.Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CardRow row : store.red(account, QUEUE_PAGE)) {
            if (seen.add(row.id())) {
                items.add(new QueueView.Item(view(row, false, scheduler), "red"));
            }
        }
        for (CardRow row : store.due(account, endOfDay, QUEUE_PAGE)) {
            if (seen.add(row.id())) {
                items.add(new QueueView.Item(view(row, false, scheduler), "due"));
            }
        }
        int room = Math.max(0, settings.newCardsPerDay() - store.introducedSince(account, startOfDay));
        int fresh = 0;
        if (room > 0) {
            // New cards already listed can only be red ones (due cards have been reviewed): skip past just those.
            int newOnRedPage = (int) items.stream()
                    .filter(i -> i.reason().equals("red") && i.card().state().equals("new"))
                    .count();
            for (CardRow row : store.fresh(account, Math.min(room, QUEUE_PAGE) + newOnRedPage)) {
                if (fresh < Math.min(room, QUEUE_PAGE) && seen.add(row.id())) {
                    items.add(new QueueView.Item(view(row, false, scheduler), "new"));
                    fresh++;
                }
            }
        }
        return new QueueView("daily", store.countDue(account, endOfDay), store.countRed(account), fresh, items);
    }

    private QueueView plannedQueue(
            String account, ReviewSettings settings, Scheduler scheduler, ReviewTimetable.ReviewDays days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), days.zone());
        long startOfDay = today.atStartOfDay(days.zone()).toInstant().toEpochMilli();
        int room = Math.max(0, settings.newCardsPerDay() - store.introducedSince(account, startOfDay));
        ScheduleBasis basis = PlannedQueue.basis(days, today, secondsPerReview(account), scheduler.settings());
        List<CardRow> rows = store.list(account, null, null, null);
        List<QueueView.Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int due = 0;
        int fresh = 0;
        for (CardRow row : PlannedQueue.today(rows, days, today, basis, room, scheduler.settings())) {
            boolean isNew = row.fsrsState() == State.NEW.code();
            seen.add(row.id());
            items.add(new QueueView.Item(view(row, false, scheduler), isNew ? "new" : "due"));
            due += isNew ? 0 : 1;
            fresh += isNew ? 1 : 0;
        }
        int red = 0;
        for (CardRow row : rows) {
            if (row.zone() == Zone.RED && red < QUEUE_PAGE && seen.add(row.id())) {
                items.add(new QueueView.Item(view(row, false, scheduler), "red"));
                red++;
            }
        }
        return new QueueView("daily", due, store.countRed(account), fresh, items, basis);
    }

    /** The learner's median review time over their last 200 timed reviews: 45 s until 20 are timed; 10–300 s. */
    private double secondsPerReview(String account) {
        List<Long> durations = store.recentDurations(account, 200);
        if (durations.size() < 20) {
            return 45;
        }
        List<Long> sorted = durations.stream().sorted().toList();
        return Math.max(10, Math.min(300, sorted.get(sorted.size() / 2) / 1000.0));
    }

    /** For the final days: every card on the board, weakest first. */
    public QueueView everything() {
        List<CardView> all = board(null, null, null);
        return new QueueView(
                "everything",
                0,
                (int) all.stream().filter(c -> c.zone().equals("red")).count(),
                0,
                all.stream().map(c -> new QueueView.Item(c, c.zone())).toList());
    }

    /** What to recall for a card, with the interval each rating would schedule. */
    public ReviewPrompt prompt(String cardId) {
        CardRow row = row(cardId);
        Scheduler scheduler = scheduler(row.accountId());
        Preview preview = scheduler.preview(card(row), clock.instant());
        List<String> intervals = List.of(Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY).stream()
                .map(r -> interval(Duration.between(clock.instant(), preview.due(r))))
                .toList();
        ReviewPrompt.RecallQuestion question = null;
        if (row.kind() == CardKind.QUESTION && row.packCode() != null) {
            question = catalog.find(row.packCode())
                    .flatMap(p -> p.question(row.questionId()))
                    .map(Cards::recall)
                    .orElse(null);
        }
        return new ReviewPrompt(
                view(row, true, scheduler),
                question,
                intervals,
                store.notes(row.accountId(), row.id(), row.kind() == CardKind.QUESTION ? row.questionId() : null));
    }

    /**
     * Records a review: FSRS schedules the card, the review is logged, and the rating counts as an outcome
     * (Again wrong, the others right) and as a word on confidence (Again at most 2, Hard and Good at least 3,
     * Easy at least 4), from which the zone follows.
     */
    @Transactional
    public CardView review(String cardId, int grade, Long durationMs) {
        if (grade < 1 || grade > 4) {
            throw ClientProblem.badRequest(
                    "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), was " + grade, List.of("rating"));
        }
        if (durationMs != null
                && (durationMs < 0 || durationMs > Duration.ofDays(1).toMillis())) {
            throw ClientProblem.badRequest(
                    "durationMs must lie between 0 and one day, was " + durationMs, List.of("durationMs"));
        }
        CardRow row = lockedRow(cardId);
        Rating rating = Rating.ofGrade(grade);
        Instant now = clock.instant();
        // One scheduler for the whole review: it reads the settings and the fitted parameters from the database.
        Scheduler scheduler = scheduler(row.accountId());
        ReviewOutcome outcome = scheduler.review(card(row), rating, now);
        Card next = outcome.card();
        MemoryState memory = next.memory().orElseThrow();
        store.addReview(
                Ids.newId(),
                row.accountId(),
                row.id(),
                now.toEpochMilli(),
                grade,
                row.fsrsState(),
                durationMs,
                memory.stability(),
                memory.difficulty(),
                next.due().toEpochMilli());
        store.addOutcome(
                Ids.newId(),
                row.accountId(),
                row.id(),
                now.toEpochMilli(),
                rating != Rating.AGAIN,
                "review",
                rating.name().toLowerCase(Locale.ROOT));
        int confidence = switch (rating) {
            case AGAIN -> Math.min(row.confidence(), 2);
            case HARD, GOOD -> Math.max(row.confidence(), 3);
            case EASY -> Math.max(row.confidence(), 4);
        };
        CardRow reviewed = row.withSchedule(
                next.state().code(),
                next.step(),
                memory.stability(),
                memory.difficulty(),
                next.due().toEpochMilli(),
                now.toEpochMilli(),
                confidence,
                row.mistakes(),
                now.toEpochMilli());
        store.update(reviewed);
        return view(rezone(reviewed, scheduler, now.toEpochMilli()), true, scheduler);
    }

    public ReviewSettings settings() {
        return store.settings(accounts.currentAccountId());
    }

    @Transactional
    public ReviewSettings saveSettings(ReviewSettings settings) {
        if (!(settings.desiredRetention() > 0.7 && settings.desiredRetention() < 0.99)) {
            throw ClientProblem.badRequest(
                    "desiredRetention must lie between 0.70 and 0.99, was " + settings.desiredRetention(),
                    List.of("desiredRetention"));
        }
        if (settings.newCardsPerDay() < 0 || settings.newCardsPerDay() > 1000) {
            throw ClientProblem.badRequest(
                    "newCardsPerDay must lie between 0 and 1000, was " + settings.newCardsPerDay(),
                    List.of("newCardsPerDay"));
        }
        store.saveSettings(accounts.currentAccountId(), settings);
        return settings;
    }

    // ----- internals

    private CardRow upsert(
            String account, CardKind kind, String topic, String title, Mistake m, String questionId, long now) {
        var existing = store.findByTopic(account, kind, topic);
        if (existing.isPresent()) {
            CardRow row = existing.get();
            store.lock(account, row.id());
            CardRow merged = row.withMistake(
                    row.packCode() == null ? m.packCode() : row.packCode(),
                    row.questionId() == null ? questionId : row.questionId(),
                    m.domainId() == null ? row.domainId() : m.domainId(),
                    m.domainTitle() == null ? row.domainTitle() : m.domainTitle(),
                    json(union(list(row.tags()), m.tags())),
                    json(union(list(row.links()), m.links())),
                    m.explanation() == null ? row.note() : m.explanation(),
                    m.confidence(),
                    now);
            store.update(merged);
            indexed(merged);
            return merged;
        }
        checkConfidence(m.confidence());
        CardRow row = CardRow.made(
                Ids.newId(),
                account,
                store.nextNumber(account),
                new CardRow.Draft(
                        kind,
                        topic,
                        m.packCode(),
                        questionId,
                        title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title,
                        m.domainId(),
                        m.domainTitle(),
                        json(m.tags() == null ? List.of() : m.tags()),
                        json(m.links() == null ? List.of() : m.links()),
                        m.explanation(),
                        m.confidence(),
                        Workflow.TO_STUDY),
                now);
        store.insert(row);
        indexed(row);
        return row;
    }

    /** Tells the search index what the card now says (in this transaction: the index never drifts from the card). */
    void indexed(CardRow row) {
        List<String> tags = new ArrayList<>(list(row.tags()));
        if (row.kind() == CardKind.TOPIC && !tags.contains(row.topic())) {
            tags.add(row.topic());
        }
        String body = String.join(
                "\n",
                java.util.stream.Stream.of(row.note(), row.topic().replace('-', ' '), row.domainTitle())
                        .filter(java.util.Objects::nonNull)
                        .toList());
        events.publishEvent(new DocumentChanged(new SearchDocument(
                row.accountId(),
                "card",
                row.id(),
                row.title(),
                body,
                row.domainId(),
                tags,
                list(row.links()),
                "/cards/" + row.id())));
    }

    /** Applies the zone rule to the card as it now stands and stores the zone with its reason. */
    CardRow rezone(CardRow row, Scheduler scheduler, long now) {
        List<Boolean> outcomes = store.outcomes(row.accountId(), row.id()).stream()
                .map(CardView.Outcome::correct)
                .toList();
        store.update(zoned(row, outcomes, scheduler, now));
        return store.find(row.accountId(), row.id()).orElseThrow();
    }

    /** The card with the zone the rule gives for these outcomes (oldest first), not stored. */
    CardRow zoned(CardRow row, List<Boolean> outcomes, Scheduler scheduler, long now) {
        Double retrievability = row.fsrsState() == State.NEW.code()
                ? null
                : scheduler.retrievability(card(row), Instant.ofEpochMilli(now));
        ZoneDecision decision = ZoneRule.decide(new CardEvidence(
                outcomes,
                row.confidence(),
                retrievability,
                row.fsrsState() == State.NEW.code() ? null : row.stability()));
        return row.withZone(decision.zone(), decision.reason(), now);
    }

    private CardView view(CardRow row, boolean withHistory) {
        return view(row, withHistory, scheduler(row.accountId()));
    }

    private CardView view(CardRow row, boolean withHistory, Scheduler scheduler) {
        Instant now = clock.instant();
        Double retrievability = row.fsrsState() == State.NEW.code() ? null : scheduler.retrievability(card(row), now);
        // The zone is re-derived on read too, so that fading memory shows without waiting for a write.
        String zone = ZoneNames.wire(row.zone());
        String reason = row.zoneReason();
        if (withHistory) {
            List<CardView.Outcome> history = store.outcomes(row.accountId(), row.id());
            ZoneDecision decision = ZoneRule.decide(new CardEvidence(
                    history.stream().map(CardView.Outcome::correct).toList(),
                    row.confidence(),
                    retrievability,
                    row.fsrsState() == State.NEW.code() ? null : row.stability()));
            zone = ZoneNames.wire(decision.zone());
            reason = decision.reason();
            return build(row, zone, reason, retrievability, history);
        }
        var faded = ZoneRule.faded(retrievability);
        if (faded.isPresent() && !"red".equals(zone)) {
            zone = ZoneNames.wire(faded.get().zone());
            reason = faded.get().reason();
        }
        return build(row, zone, reason, retrievability, List.of());
    }

    private CardView build(
            CardRow row, String zone, String reason, Double retrievability, List<CardView.Outcome> history) {
        return new CardView(
                row.id(),
                row.number(),
                row.kind().wire(),
                row.topic(),
                row.packCode(),
                row.questionId(),
                row.title(),
                row.domainId(),
                row.domainTitle(),
                list(row.tags()),
                list(row.links()),
                row.note(),
                row.confidence(),
                row.workflow().wire(),
                zone,
                reason,
                State.ofCode(row.fsrsState()).name().toLowerCase(Locale.ROOT),
                row.stability(),
                row.difficulty(),
                retrievability,
                Instant.ofEpochMilli(row.dueAt()),
                row.lastReviewAt() == null ? null : Instant.ofEpochMilli(row.lastReviewAt()),
                row.mistakes(),
                history);
    }

    static Card card(CardRow row) {
        if (row.fsrsState() == State.NEW.code() || row.stability() == null) {
            return Card.newCard(Instant.ofEpochMilli(row.dueAt()));
        }
        return Card.reviewed(
                State.ofCode(row.fsrsState()),
                row.fsrsStep(),
                new MemoryState(row.stability(), row.difficulty()),
                Instant.ofEpochMilli(row.dueAt()),
                Instant.ofEpochMilli(row.lastReviewAt()));
    }

    Scheduler scheduler(String account) {
        return scheduler(account, store.settings(account));
    }

    /** The account's scheduler: its desired retention, and its active fitted parameters (else the defaults). */
    private Scheduler scheduler(String account, ReviewSettings settings) {
        return new Scheduler(SchedulerSettings.DEFAULT
                .withDesiredRetention(settings.desiredRetention())
                .withParameters(ScheduleOptimiser.activeParameters(parameterSets, account)));
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

    private static ReviewPrompt.RecallQuestion recall(Question q) {
        List<String> options =
                q.options().stream().map(o -> o.id() + ". " + o.text()).toList();
        return new ReviewPrompt.RecallQuestion(q.stem(), options, String.join(", ", q.key()), q.explanation());
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

    private static void checkConfidence(int confidence) {
        if (confidence < 1 || confidence > 5) {
            throw ClientProblem.badRequest("confidence must be from 1 to 5, was " + confidence, List.of("confidence"));
        }
    }

    /** A short, human interval: "1 min", "10 min", "5 h", "3 d", "2.5 mo". */
    static String interval(Duration d) {
        long minutes = Math.max(1, Math.round(d.toSeconds() / 60.0));
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return Math.round(minutes / 60.0) + " h";
        }
        double days = minutes / (24 * 60.0);
        if (days < 60) {
            return Math.round(days) + " d";
        }
        return String.format(Locale.ROOT, "%.1f mo", days / 30.0);
    }

    static String slug(String title) {
        String slug = Tag.slug(title);
        return slug.isEmpty() ? "card" : slug;
    }

    static String titleOf(String topic) {
        String words = topic.replace('-', ' ');
        return words.isEmpty() ? topic : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        if (b != null) {
            all.addAll(b);
        }
        return List.copyOf(all);
    }

    static String json(List<String> values) {
        return dev.examloop.common.JsonLists.write(values);
    }

    static List<String> list(String json) {
        return dev.examloop.common.JsonLists.read(json);
    }

    /**
     * The review load from {@code from} to {@code to} in the zone given, the red cards of a pack's domains and the
     * learner's typical review duration. The first day counts what its queue holds: every card due by its end or
     * red, and new cards up to the day's room.
     */
    public DueForecast forecast(String packCode, ZoneId zone, LocalDate from, LocalDate to) {
        String account = accounts.currentAccountId();
        java.util.Map<LocalDate, Integer> due = new java.util.TreeMap<>();
        long endOfFirstDay = from.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        int room = Math.max(
                0,
                store.settings(account).newCardsPerDay()
                        - store.introducedSince(
                                account, from.atStartOfDay(zone).toInstant().toEpochMilli()));
        due.put(from, store.countDueOrRed(account, endOfFirstDay) + Math.min(room, store.countNewNotRed(account)));
        long start = from.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long end = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        for (long at : store.dueBetween(account, start, end)) {
            due.merge(LocalDate.ofInstant(java.time.Instant.ofEpochMilli(at), zone), 1, Integer::sum);
        }
        return new DueForecast(due, store.redByDomain(account, packCode), secondsPerReview(account));
    }
}
