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
import dev.examloop.review.internal.CardKind;
import dev.examloop.review.internal.CardRow;
import dev.examloop.review.internal.CardRules;
import dev.examloop.review.internal.CardStore;
import dev.examloop.review.internal.CardWriter;
import dev.examloop.review.internal.OutcomeStore;
import dev.examloop.review.internal.ReviewLogStore;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review log in the standard FSRS CSV ({@code card_id,review_time,review_rating,review_state,review_duration},
 * epoch milliseconds), so that other FSRS tools can read a learner's history and the optimiser can fit it.
 * An import that fails writes nothing.
 */
@Service
public class ReviewLogs {
    private final CardStore store;
    private final OutcomeStore outcomeStore;
    private final ReviewLogStore reviewLog;
    private final CardSchedulers schedulers;
    private final CardWriter writer;
    private final Accounts accounts;
    static final int MAX_PROBLEMS_LISTED = 100;
    /** How far ahead of the server's clock a review may lie (another machine's clock, another time zone). */
    static final long FUTURE_TOLERANCE_MS = 24L * 60 * 60 * 1000;

    private final Clock clock;
    private final TransactionTemplate transactions;

    ReviewLogs(
            CardStore store,
            OutcomeStore outcomeStore,
            ReviewLogStore reviewLog,
            CardSchedulers schedulers,
            CardWriter writer,
            Accounts accounts,
            Clock clock,
            TransactionTemplate transactions) {
        this.store = store;
        this.outcomeStore = outcomeStore;
        this.reviewLog = reviewLog;
        this.schedulers = schedulers;
        this.writer = writer;
        this.accounts = accounts;
        this.clock = clock;
        this.transactions = transactions;
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
        Scheduler scheduler = inTransaction(() -> schedulers.of(account));
        List<RevlogRow> log = inTransaction(() -> rows(account));
        for (ReplayedReview review : RevlogReplay.replay(scheduler, log)) {
            if (last != null && last.cardId() != review.cardId()) {
                updates.add(new CardStore.MemoryUpdate(last.cardId(), last.stability(), last.difficulty()));
            }
            last = review;
        }
        if (last != null) {
            updates.add(new CardStore.MemoryUpdate(last.cardId(), last.stability(), last.difficulty()));
        }
        // In short transactions (unless the caller holds one): a save meanwhile waits for one chunk at most.
        long now = clock.millis();
        for (int from = 0; from < updates.size(); from += CHUNK_REVIEWS) {
            List<CardStore.MemoryUpdate> part = updates.subList(from, Math.min(updates.size(), from + CHUNK_REVIEWS));
            transactions.executeWithoutResult(status -> store.updateMemory(account, part, now));
        }
    }

    private List<RevlogRow> rows(String account) {
        List<RevlogRow> rows = new ArrayList<>();
        for (long[] r : reviewLog.reviewLog(account)) {
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
     *
     * <p>The reviews are written in short transactions of about {@value #CHUNK_REVIEWS} reviews each, with batched
     * inserts, so that an answer saved meanwhile waits for one chunk at most, never for the whole import (on
     * SQLite every write waits for the one connection). A failure part-way keeps the chunks written; importing
     * the same file again completes the import, since the reviews already in the log are skipped.
     */
    public ImportSummary importCsv(String fileName, String text) {
        return importRows(accounts.currentAccountId(), checked(fileName, text).rows(), written -> {});
    }

    /** Reviews written per transaction. */
    static final int CHUNK_REVIEWS = 2_000;

    /** The file read and checked; a file with any problem is refused (400) with its first problems. */
    RevlogReadResult checked(String fileName, String text) {
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
        return read;
    }

    /** Imports checked rows for {@code account}, telling {@code progress} how many reviews are written so far. */
    ImportSummary importRows(String account, List<RevlogRow> rows, java.util.function.LongConsumer progress) {
        Set<String> known = new HashSet<>();
        Map<Long, List<RevlogRow>> history = new TreeMap<>();
        for (RevlogRow row : inTransaction(() -> rows(account))) {
            known.add(row.cardId() + "@" + row.reviewTime().toEpochMilli());
            history.computeIfAbsent(row.cardId(), c -> new ArrayList<>()).add(row);
        }
        Map<Long, List<RevlogRow>> added = new TreeMap<>();
        int duplicates = 0;
        for (RevlogRow row : rows) {
            if (!known.add(row.cardId() + "@" + row.reviewTime().toEpochMilli())) {
                duplicates++;
                continue;
            }
            added.computeIfAbsent(row.cardId(), c -> new ArrayList<>()).add(row);
        }
        Scheduler scheduler = inTransaction(() -> schedulers.of(account));
        Map<Long, CardRow> byNumber = inTransaction(() -> store.byNumber(account));
        long now = clock.millis();
        int[] counts = new int[2]; // cards created, reviews added
        List<Map.Entry<Long, List<RevlogRow>>> chunk = new ArrayList<>();
        int inChunk = 0;
        for (var entry : added.entrySet()) {
            chunk.add(entry);
            inChunk += entry.getValue().size();
            if (inChunk >= CHUNK_REVIEWS) {
                writeChunk(account, chunk, byNumber, history, scheduler, now, counts);
                progress.accept(counts[1]);
                chunk.clear();
                inChunk = 0;
            }
        }
        if (!chunk.isEmpty()) {
            writeChunk(account, chunk, byNumber, history, scheduler, now, counts);
            progress.accept(counts[1]);
        }
        return new ImportSummary(rows.size(), counts[0], added.size() - counts[0], counts[1], duplicates);
    }

    private void writeChunk(
            String account,
            List<Map.Entry<Long, List<RevlogRow>>> chunk,
            Map<Long, CardRow> byNumber,
            Map<Long, List<RevlogRow>> history,
            Scheduler scheduler,
            long now,
            int[] counts) {
        transactions.executeWithoutResult(status -> {
            List<CardRow> created = new ArrayList<>();
            List<CardRow> updated = new ArrayList<>();
            List<ReviewLogStore.NewReview> reviews = new ArrayList<>();
            List<OutcomeStore.NewOutcome> outcomes = new ArrayList<>();
            for (var entry : chunk) {
                long number = entry.getKey();
                CardRow card = byNumber.get(number);
                boolean isNew = card == null;
                if (isNew) {
                    card = importedCard(account, number, now);
                }
                List<RevlogRow> all = new ArrayList<>(history.getOrDefault(number, List.of()));
                all.addAll(entry.getValue());
                all.sort(RevlogRow.BY_CARD_THEN_TIME);
                Set<RevlogRow> fresh = new HashSet<>(entry.getValue());
                List<long[]> zoneEvidence = new ArrayList<>(); // (at, correct) of this card's outcomes
                if (!isNew) {
                    for (CardView.Outcome o : outcomeStore.outcomes(account, card.id())) {
                        zoneEvidence.add(new long[] {o.at().toEpochMilli(), o.correct() ? 1 : 0});
                    }
                }
                int mistakes = 0;
                Card state = null;
                for (RevlogRow row : all) {
                    Card before = state == null ? Card.newCard(row.reviewTime()) : state;
                    ReviewOutcome outcome = scheduler.review(before, row.rating(), row.reviewTime());
                    state = outcome.card();
                    if (fresh.contains(row)) {
                        MemoryState memory = outcome.log().memory();
                        long at = row.reviewTime().toEpochMilli();
                        reviews.add(new ReviewLogStore.NewReview(
                                Ids.newId(),
                                card.id(),
                                at,
                                row.rating().grade(),
                                row.state().orElse(before.state()).code(),
                                row.duration().map(Duration::toMillis).orElse(null),
                                memory.stability(),
                                memory.difficulty(),
                                outcome.log().due().toEpochMilli()));
                        boolean correct = row.rating() != Rating.AGAIN;
                        outcomes.add(new OutcomeStore.NewOutcome(
                                Ids.newId(),
                                card.id(),
                                at,
                                correct,
                                "import",
                                row.rating().name().toLowerCase(Locale.ROOT)));
                        zoneEvidence.add(new long[] {at, correct ? 1 : 0});
                        if (!correct) {
                            mistakes++;
                        }
                    }
                }
                MemoryState memory = state.memory().orElseThrow();
                CardRow rescheduled = card.withSchedule(
                        state.state().code(),
                        state.step(),
                        memory.stability(),
                        memory.difficulty(),
                        state.due().toEpochMilli(),
                        state.lastReview().map(Instant::toEpochMilli).orElse(null),
                        card.confidence(),
                        card.mistakes() + mistakes,
                        now);
                zoneEvidence.sort(java.util.Comparator.comparingLong(e -> e[0]));
                CardRow zoned = CardRules.zoned(
                        rescheduled, zoneEvidence.stream().map(e -> e[1] == 1).toList(), scheduler, now);
                (isNew ? created : updated).add(zoned);
            }
            store.insertAll(created);
            reviewLog.addReviews(account, reviews);
            outcomeStore.addOutcomes(account, outcomes);
            store.updateSchedules(updated);
            created.forEach(writer::indexed);
            counts[0] += created.size();
            counts[1] += reviews.size();
        });
    }

    private static CardRow importedCard(String account, long number, long now) {
        return CardRow.made(
                Ids.newId(),
                account,
                number,
                new CardRow.Draft(
                        CardKind.TOPIC,
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
                        Workflow.REVIEWING),
                now);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
