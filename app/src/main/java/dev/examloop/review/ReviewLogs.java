package dev.examloop.review;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.MemoryState;
import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.ReviewOutcome;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.core.fsrs.State;
import dev.examloop.core.fsrs.revlog.ReplayedReview;
import dev.examloop.core.fsrs.revlog.RevlogProblem;
import dev.examloop.core.fsrs.revlog.RevlogReadResult;
import dev.examloop.core.fsrs.revlog.RevlogReader;
import dev.examloop.core.fsrs.revlog.RevlogReplay;
import dev.examloop.core.fsrs.revlog.RevlogRow;
import dev.examloop.core.fsrs.revlog.RevlogWriter;
import dev.examloop.review.internal.CardRow;
import dev.examloop.review.internal.CardStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review log in the standard FSRS CSV ({@code card_id,review_time,review_rating,review_state,review_duration},
 * epoch milliseconds), so that other FSRS tools can read a learner's history and the optimiser can fit it.
 * An import that fails writes nothing.
 */
@Service
public class ReviewLogs {
    private final CardStore store;
    private final Cards cards;
    private final Accounts accounts;
    static final int MAX_PROBLEMS_LISTED = 100;
    /** How far ahead of the server's clock a review may lie (another machine's clock, another time zone). */
    static final long FUTURE_TOLERANCE_MS = 24L * 60 * 60 * 1000;

    private final Clock clock;

    public ReviewLogs(CardStore store, Cards cards, Accounts accounts, Clock clock) {
        this.store = store;
        this.cards = cards;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What an import did. */
    public record ImportSummary(
            int rows, int cardsCreated, int cardsUpdated, int reviewsAdded, int duplicatesSkipped) {}

    /** The account's review log as CSV, by card number then time. */
    public String exportCsv() {
        return RevlogWriter.toCsv(rows(accounts.currentAccountId()));
    }

    /** The current account's review log as rows, for the optimiser. */
    List<RevlogRow> rowsOfCurrentAccount() {
        return rows(accounts.currentAccountId());
    }

    /**
     * Computes every reviewed card's memory state (stability and difficulty) again from its whole review history,
     * with the account's scheduler as it is now: called when the account's FSRS parameters change, so that the
     * stored states are those the active parameters would have given (as Anki recomputes them). Due dates, states
     * and learning steps stay as they are; the next review of each card schedules it from the new state. Switching
     * back to earlier parameters gives back the earlier states: the replay is deterministic. The review log itself
     * keeps what the scheduler said at the time.
     */
    void recomputeMemoryStates(String account) {
        List<CardStore.MemoryUpdate> updates = new ArrayList<>();
        ReplayedReview last = null;
        for (ReplayedReview review : RevlogReplay.replay(cards.scheduler(account), rows(account))) {
            if (last != null && last.cardId() != review.cardId()) {
                updates.add(new CardStore.MemoryUpdate(last.cardId(), last.stability(), last.difficulty()));
            }
            last = review;
        }
        if (last != null) {
            updates.add(new CardStore.MemoryUpdate(last.cardId(), last.stability(), last.difficulty()));
        }
        store.updateMemory(account, updates, clock.millis());
    }

    private List<RevlogRow> rows(String account) {
        List<RevlogRow> rows = new ArrayList<>();
        for (long[] r : store.reviewLog(account)) {
            rows.add(new RevlogRow(
                    r[0],
                    Instant.ofEpochMilli(r[1]),
                    Rating.ofGrade((int) r[2]),
                    Optional.of(State.ofCode((int) r[3])),
                    r[4] < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(r[4]))));
        }
        return rows;
    }

    /** A review log with problems: the first {@value #MAX_PROBLEMS_LISTED} of them and how many there are. */
    static ClientProblem refusal(String fileName, List<String> problems) {
        List<String> listed = problems.subList(0, Math.min(MAX_PROBLEMS_LISTED, problems.size()));
        return ClientProblem.badRequest(
                fileName + " has " + problems.size() + " problem(s); nothing was imported"
                        + (problems.size() > listed.size() ? " (the first " + listed.size() + " are listed)" : "")
                        + ": " + String.join("; ", listed.subList(0, Math.min(5, listed.size())))
                        + (problems.size() > 5 ? "; …" : ""),
                listed);
    }

    /**
     * Imports a review log: every row is checked first, and a file with any problem is refused whole. Reviews
     * of card numbers the account does not have create cards ("Imported card N"); reviews already in the log
     * (same card, same time) are skipped; every touched card is rescheduled by replaying its whole history.
     */
    @Transactional
    public ImportSummary importCsv(String fileName, String text) {
        RevlogReadResult read = RevlogReader.read(fileName, text);
        if (!read.ok()) {
            throw refusal(
                    fileName,
                    read.problems().stream().map(RevlogProblem::toString).toList());
        }
        List<String> future = new ArrayList<>();
        long latest = clock.millis() + FUTURE_TOLERANCE_MS;
        for (RevlogRow row : read.rows()) {
            if (row.reviewTime().toEpochMilli() > latest) {
                future.add(fileName + ": card " + row.cardId() + ": review_time "
                        + row.reviewTime().toEpochMilli() + " (" + row.reviewTime()
                        + ") is in the future; a review is at most a day ahead of now");
            }
        }
        if (!future.isEmpty()) {
            throw refusal(fileName, future);
        }
        String account = accounts.currentAccountId();
        Set<String> known = new HashSet<>();
        Map<Long, List<RevlogRow>> history = new TreeMap<>();
        for (RevlogRow row : rows(account)) {
            known.add(row.cardId() + "@" + row.reviewTime().toEpochMilli());
            history.computeIfAbsent(row.cardId(), c -> new ArrayList<>()).add(row);
        }
        Map<Long, List<RevlogRow>> added = new TreeMap<>();
        int duplicates = 0;
        for (RevlogRow row : read.rows()) {
            if (!known.add(row.cardId() + "@" + row.reviewTime().toEpochMilli())) {
                duplicates++;
                continue;
            }
            added.computeIfAbsent(row.cardId(), c -> new ArrayList<>()).add(row);
        }
        int created = 0;
        int reviews = 0;
        long now = clock.millis();
        Scheduler scheduler = cards.scheduler(account);
        for (var entry : added.entrySet()) {
            long number = entry.getKey();
            CardRow card = store.findByNumber(account, number).orElse(null);
            if (card == null) {
                card = new CardRow(
                        Ids.newId(),
                        account,
                        number,
                        "topic",
                        "imported-card-" + number,
                        null,
                        null,
                        "Imported card " + number,
                        null,
                        null,
                        "[]",
                        "[]",
                        null,
                        3,
                        "reviewing",
                        State.NEW.code(),
                        0,
                        null,
                        null,
                        now,
                        null,
                        "yellow",
                        "New card",
                        now,
                        now,
                        0);
                store.insert(card);
                cards.indexed(card);
                created++;
            }
            List<RevlogRow> all = new ArrayList<>(history.getOrDefault(number, List.of()));
            all.addAll(entry.getValue());
            all.sort(RevlogRow.BY_CARD_THEN_TIME);
            Set<RevlogRow> fresh = new HashSet<>(entry.getValue());
            Card state = null;
            for (RevlogRow row : all) {
                Card before = state == null ? Card.newCard(row.reviewTime()) : state;
                ReviewOutcome outcome = scheduler.review(before, row.rating(), row.reviewTime());
                state = outcome.card();
                if (fresh.contains(row)) {
                    MemoryState memory = outcome.log().memory();
                    store.addReview(
                            Ids.newId(),
                            account,
                            card.id(),
                            row.reviewTime().toEpochMilli(),
                            row.rating().grade(),
                            row.state().orElse(before.state()).code(),
                            row.duration().map(Duration::toMillis).orElse(null),
                            memory.stability(),
                            memory.difficulty(),
                            outcome.log().due().toEpochMilli());
                    store.addOutcome(
                            Ids.newId(),
                            account,
                            card.id(),
                            row.reviewTime().toEpochMilli(),
                            row.rating() != Rating.AGAIN,
                            "import",
                            row.rating().name().toLowerCase(Locale.ROOT));
                    reviews++;
                }
            }
            MemoryState memory = state.memory().orElseThrow();
            CardRow rescheduled = new CardRow(
                    card.id(),
                    account,
                    card.number(),
                    card.kind(),
                    card.topic(),
                    card.packCode(),
                    card.questionId(),
                    card.title(),
                    card.domainId(),
                    card.domainTitle(),
                    card.tags(),
                    card.links(),
                    card.note(),
                    card.confidence(),
                    card.workflow(),
                    state.state().code(),
                    state.step(),
                    memory.stability(),
                    memory.difficulty(),
                    state.due().toEpochMilli(),
                    state.lastReview().map(Instant::toEpochMilli).orElse(null),
                    card.zone(),
                    card.zoneReason(),
                    card.createdAt(),
                    now,
                    card.mistakes());
            store.update(rescheduled);
            cards.rezone(rescheduled, now);
        }
        return new ImportSummary(read.rows().size(), created, added.size() - created, reviews, duplicates);
    }
}
