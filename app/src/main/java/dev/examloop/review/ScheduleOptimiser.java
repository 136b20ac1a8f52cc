package dev.examloop.review;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.core.fsrs.Parameters;
import dev.examloop.core.fsrs.optimizer.DayBoundary;
import dev.examloop.core.fsrs.optimizer.Evaluation;
import dev.examloop.core.fsrs.optimizer.Evaluator;
import dev.examloop.core.fsrs.optimizer.FitProgress;
import dev.examloop.core.fsrs.optimizer.FitResult;
import dev.examloop.core.fsrs.optimizer.OptimizerSettings;
import dev.examloop.core.fsrs.optimizer.ParameterOptimizer;
import dev.examloop.core.fsrs.optimizer.ReviewHistory;
import dev.examloop.core.fsrs.revlog.RevlogRow;
import dev.examloop.review.internal.ParameterSetStore;
import dev.examloop.review.internal.ParameterSetStore.ParameterSetRow;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Optimise my schedule": fits the FSRS-6 parameters to the learner's own review log with the core optimiser,
 * keeps every fitted set, schedules the learner with the active one, and lets them go back to an earlier set
 * or to the defaults. Whenever the active parameters change, every reviewed card's memory state is computed again
 * from its review history with them ({@link ReviewLogs#recomputeMemoryStates}), in the same transaction. Every call
 * acts for the current account only.
 */
@Service
public class ScheduleOptimiser {
    /**
     * Reviews needed before optimising is offered. The optimiser learns from long-term reviews (a day or more
     * after the previous one), and the reference optimiser, which Examloop follows, trains the 21 weights only
     * from 64 of them, after dropping outliers among first reviews (at least 20 per first rating); learning
     * steps and same-day reviews make about half of a new learner's log. 400 reviews is where the fits of the
     * simulated learners in bench/fsrs stopped being noise (docs/performance.md).
     */
    public static final int MIN_REVIEWS = 400;

    static final String WHY = "The optimiser learns from reviews made a day or more after the previous one of the "
            + "same card, and trains all 21 parameters only from 64 such reviews after outliers are set aside; "
            + "below about 400 reviews a fit is mostly noise.";

    private final ParameterSetStore store;
    private final ReviewLogs logs;
    private final Accounts accounts;
    private final Clock clock;
    private final TransactionTemplate transactions;

    public ScheduleOptimiser(
            ParameterSetStore store,
            ReviewLogs logs,
            Accounts accounts,
            Clock clock,
            TransactionTemplate transactions) {
        this.store = store;
        this.logs = logs;
        this.accounts = accounts;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The review count, the threshold, the active set and every set fitted so far. */
    public OptimisationStatus status() {
        String account = accounts.currentAccountId();
        List<ParameterSetView> sets =
                store.list(account).stream().map(ScheduleOptimiser::view).toList();
        Optional<ParameterSetView> active =
                sets.stream().filter(ParameterSetView::active).findFirst();
        Optional<ParameterSetView> revertTo = active.flatMap(
                a -> sets.stream().filter(s -> s.number() < a.number()).findFirst());
        int reviews = logs.rowsOfCurrentAccount().size();
        return new OptimisationStatus(reviews, MIN_REVIEWS, reviews >= MIN_REVIEWS, WHY, active, revertTo, sets);
    }

    /**
     * Fits the parameters to the learner's log, stores them and schedules with them from now on. Refused (409)
     * below {@link #MIN_REVIEWS} reviews, and when the log holds nothing the optimiser can learn from.
     *
     * <p>No transaction is held while the log is fitted (seconds to minutes for millions of reviews): the set is
     * stored and activated in one short transaction, and the cards' memory states are computed again in short
     * ones, so that answers saved meanwhile never wait for the fit.
     */
    public ParameterSetView optimise() {
        String account = accounts.currentAccountId();
        List<RevlogRow> rows = logs.rowsOfCurrentAccount();
        if (rows.size() < MIN_REVIEWS) {
            throw ClientProblem.conflict(
                    "not-enough-reviews",
                    "optimising needs at least " + MIN_REVIEWS + " reviews in the log, there are " + rows.size() + ". "
                            + WHY);
        }
        // Days as the scheduler counts them (UTC calendar days), so the fitted weights fit the intervals it gives.
        ReviewHistory history = ReviewHistory.of(rows, DayBoundary.UTC_MIDNIGHT);
        FitResult fit = ParameterOptimizer.fit(history, OptimizerSettings.DEFAULT, FitProgress.NONE);
        if (fit.outcome() == FitResult.Outcome.NOT_ENOUGH_DATA) {
            throw ClientProblem.conflict(
                    "not-enough-reviews",
                    "the log has too few reviews made a day or more "
                            + "after the previous one of the same card to fit anything yet; keep reviewing");
        }
        Evaluation defaults = Evaluator.evaluate(history, Parameters.DEFAULT, Evaluator.Weighting.RECENCY);
        Evaluation fitted = Evaluator.evaluate(history, fit.parameters(), Evaluator.Weighting.RECENCY);
        long now = clock.millis();
        ParameterSetRow row = new ParameterSetRow(
                Ids.newId(),
                account,
                store.nextNumber(account),
                weights(fit.parameters()),
                rows.size(),
                fitted.logLoss(),
                fitted.rmseBins(),
                defaults.logLoss(),
                defaults.rmseBins(),
                fit.outcome().name(),
                false,
                now,
                null);
        transactions.executeWithoutResult(status -> {
            store.insert(row);
            store.activate(account, row.id(), now);
        });
        logs.recomputeMemoryStates(account);
        return view(store.find(account, row.id()).orElseThrow());
    }

    /** Schedules with an earlier set again. */
    public ParameterSetView activate(String id) {
        String account = accounts.currentAccountId();
        transactions.executeWithoutResult(status -> {
            if (store.find(account, id).isEmpty()) {
                throw ClientProblem.notFound("parameter set " + id);
            }
            store.activate(account, id, clock.millis());
        });
        logs.recomputeMemoryStates(account);
        return view(store.find(account, id).orElseThrow());
    }

    /** Schedules with the FSRS-6 defaults again; the fitted sets are kept. */
    public void activateDefaults() {
        String account = accounts.currentAccountId();
        transactions.executeWithoutResult(status -> store.activate(account, null, clock.millis()));
        logs.recomputeMemoryStates(account);
    }

    /** The parameters {@code account} is scheduled with: its active set, or the defaults. */
    static Parameters activeParameters(ParameterSetStore store, String account) {
        return store.active(account).map(row -> parse(row.weights())).orElse(Parameters.DEFAULT);
    }

    private static ParameterSetView view(ParameterSetRow row) {
        return new ParameterSetView(
                row.id(),
                row.number(),
                parse(row.weights()).weights(),
                row.reviews(),
                row.logLoss(),
                row.rmseBins(),
                row.defaultLogLoss(),
                row.defaultRmseBins(),
                row.outcome(),
                row.active(),
                Instant.ofEpochMilli(row.createdAt()));
    }

    private static String weights(Parameters parameters) {
        return parameters.weights().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Parameters parse(String weights) {
        return Parameters.of(Arrays.stream(weights.split(","))
                .mapToDouble(Double::parseDouble)
                .toArray());
    }
}
