package dev.examloop.core.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Schedules cards with FSRS-6: given a card, a rating and the time of the review, returns the card as it is
 * afterwards and the log of the review. Pure: it never reads the clock and has no randomness (no fuzz).
 *
 * <p>The scheduling follows ts-fsrs 5 with fuzz off, and is checked against it review by review (see the
 * differential test and {@code src/test/resources/fsrs/README.md}):
 * <ul>
 *   <li>days since the last review are counted as UTC calendar days, so a review at 23:55 and one at 00:05
 *       are a day apart, and reviews on the same UTC day use the same-day stability formula;
 *   <li>new, learning and relearning cards go through the {@link LearningSteps}; a step of a day or more sends
 *       the card to Review at that wait, keeping its step number, as ts-fsrs does;
 *   <li>a review card rated Hard, Good or Easy gets whole-day intervals in strict order, Hard ≤ Good − 1 and
 *       Easy ≥ Good + 1 (so Easy may exceed the maximum interval by a day or two, as in ts-fsrs); rated Again
 *       it goes to the relearning steps, or straight back to Review when there are none.
 * </ul>
 */
public final class Scheduler {
    private static final Duration ONE_DAY = Duration.ofDays(1);

    private final SchedulerSettings settings;
    private final MemoryModel model;
    private final double intervalModifier;

    public Scheduler(SchedulerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.model = new MemoryModel(settings.parameters()
                .cappedForRelearningSteps(settings.relearningSteps().size()));
        this.intervalModifier = model.intervalModifier(settings.desiredRetention());
    }

    /** A scheduler with the FSRS-6 defaults ({@link SchedulerSettings#DEFAULT}). */
    public static Scheduler withDefaults() {
        return new Scheduler(SchedulerSettings.DEFAULT);
    }

    public SchedulerSettings settings() {
        return settings;
    }

    /**
     * The memory model in use: the settings' parameters, with w17 and w18 capped when there is more than one
     * relearning step ({@link Parameters#cappedForRelearningSteps}).
     */
    public MemoryModel model() {
        return model;
    }

    /** The interval in days per day of stability at the desired retention: 1.0 at 0.9 (eq. 2 of MemoryModel). */
    public double intervalModifier() {
        return intervalModifier;
    }

    /**
     * Reviews {@code card} with {@code rating} at {@code now}.
     *
     * @throws IllegalArgumentException if {@code now} is before the card's last review
     */
    public ReviewOutcome review(Card card, Rating rating, Instant now) {
        Objects.requireNonNull(rating, "rating");
        return preview(card, now).outcome(rating);
    }

    /** What each rating would do to {@code card} if it were reviewed at {@code now}. */
    public Preview preview(Card card, Instant now) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(now, "now");
        long elapsed = elapsedDays(card, now);
        double retrievability = card.memory()
                .map(m -> model.retrievability((double) elapsed, m.stability()))
                .orElse(0.0);
        Map<Rating, MemoryState> memories = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            memories.put(
                    rating,
                    card.memory()
                            .map(memory -> model.nextMemory(memory, elapsed, rating))
                            .orElseGet(() -> model.initialMemory(rating)));
        }
        Map<Rating, Card> cards =
                card.state() == State.REVIEW ? afterReview(card, memories, now) : afterSteps(card, memories, now);
        Map<Rating, ReviewOutcome> outcomes = new EnumMap<>(Rating.class);
        cards.forEach((rating, next) -> outcomes.put(
                rating,
                new ReviewOutcome(
                        next,
                        new ReviewLog(
                                rating,
                                now,
                                card.state(),
                                elapsed,
                                retrievability,
                                of(memories, rating),
                                next.due()))));
        return new Preview(
                of(outcomes, Rating.AGAIN),
                of(outcomes, Rating.HARD),
                of(outcomes, Rating.GOOD),
                of(outcomes, Rating.EASY));
    }

    /**
     * The probability that {@code card} is recalled at {@code now}: the forgetting curve at the UTC calendar
     * days since its last review, the same count a review at {@code now} would use; 0 for a new card.
     */
    public double retrievability(Card card, Instant now) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(now, "now");
        return card.memory()
                .map(memory -> model.retrievability(
                        (double) Math.max(0, calendarDays(card.lastReview().orElseThrow(), now)), memory.stability()))
                .orElse(0.0);
    }

    /** Whole UTC calendar days from {@code from} to {@code to}, as ts-fsrs counts elapsed days. */
    static long calendarDays(Instant from, Instant to) {
        return ChronoUnit.DAYS.between(
                LocalDate.ofInstant(from, ZoneOffset.UTC), LocalDate.ofInstant(to, ZoneOffset.UTC));
    }

    private static long elapsedDays(Card card, Instant now) {
        if (card.state() == State.NEW) {
            return 0;
        }
        Instant last = card.lastReview().orElseThrow();
        if (now.isBefore(last)) {
            throw new IllegalArgumentException(
                    "a review at " + now + " cannot come before the card's last review at " + last);
        }
        return calendarDays(last, now);
    }

    /** A review card: Hard, Good and Easy get ordered whole-day intervals, Again goes to relearning. */
    private Map<Rating, Card> afterReview(Card card, Map<Rating, MemoryState> memories, Instant now) {
        long hard = intervalDays(of(memories, Rating.HARD));
        long good = intervalDays(of(memories, Rating.GOOD));
        hard = Math.min(hard, good);
        good = Math.max(good, hard + 1);
        long easy = Math.max(intervalDays(of(memories, Rating.EASY)), good + 1);
        Map<Rating, Card> cards = new EnumMap<>(Rating.class);
        cards.put(
                Rating.AGAIN,
                afterStep(
                        LearningSteps.next(settings, State.REVIEW, card.step(), Rating.AGAIN),
                        State.RELEARNING,
                        of(memories, Rating.AGAIN),
                        now));
        cards.put(Rating.HARD, inReview(of(memories, Rating.HARD), now, hard));
        cards.put(Rating.GOOD, inReview(of(memories, Rating.GOOD), now, good));
        cards.put(Rating.EASY, inReview(of(memories, Rating.EASY), now, easy));
        return cards;
    }

    /** A new, learning or relearning card: each rating moves it along its steps, or out of them. */
    private Map<Rating, Card> afterSteps(Card card, Map<Rating, MemoryState> memories, Instant now) {
        State stepping = card.state() == State.NEW ? State.LEARNING : card.state();
        Map<Rating, Card> cards = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            cards.put(
                    rating,
                    afterStep(
                            LearningSteps.next(settings, card.state(), card.step(), rating),
                            stepping,
                            of(memories, rating),
                            now));
        }
        return cards;
    }

    private Card afterStep(Optional<LearningSteps.Step> step, State stepping, MemoryState memory, Instant now) {
        if (step.isEmpty()) {
            return inReview(memory, now, intervalDays(memory));
        }
        Duration delay = step.get().delay();
        State state = delay.compareTo(ONE_DAY) < 0 ? stepping : State.REVIEW;
        return Card.reviewed(state, step.get().nextStep(), memory, now.plus(delay), now);
    }

    private static Card inReview(MemoryState memory, Instant now, long days) {
        return Card.reviewed(State.REVIEW, 0, memory, now.plus(Duration.ofDays(days)), now);
    }

    private long intervalDays(MemoryState memory) {
        return MemoryModel.intervalDays(memory.stability(), intervalModifier, settings.maximumInterval());
    }

    /** The value for one rating; the maps of this class are filled for all four ratings. */
    private static <V> V of(Map<Rating, V> byRating, Rating rating) {
        return Objects.requireNonNull(byRating.get(rating), rating::name);
    }
}
