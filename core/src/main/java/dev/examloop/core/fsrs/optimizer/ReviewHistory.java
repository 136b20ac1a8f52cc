package dev.examloop.core.fsrs.optimizer;

import dev.examloop.core.fsrs.State;
import dev.examloop.core.fsrs.revlog.RevlogColumns;
import dev.examloop.core.fsrs.revlog.RevlogRow;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A review log turned into what the FSRS optimiser learns from: each card's reviews as (rating, days since the
 * previous review) pairs, and the <em>items</em>, one per review that came a day or more after the previous one
 * (a long-term review), each standing for "this card's history up to here, and the outcome of this review".
 *
 * <p>The preparation is the reference optimiser's (fsrs-rs and its Node binding, see decision 0040):
 * <ul>
 *   <li>reviews are grouped by card and ordered by time; days are counted across the learner's {@link
 *       DayBoundary}, so several reviews on one day have 0 days between them (same-day, short-term reviews);
 *   <li>a card's history starts at its last block of New/Learning reviews (a card reset to new starts again);
 *       a card with review states but none of them New or Learning has no usable history and is left out; a card
 *       whose log does not say the states starts at its first review;
 *   <li>the first review of a history has 0 days; an item is made for every later review with at least one
 *       day since the previous one, and items are ordered by the time of that review (ties by card id, then by
 *       order in the card; the reference breaks ties by card id as text, the same order for ids of equal length).
 * </ul>
 *
 * <p>The data are kept in primitive arrays: card c's reviews are {@code [cardStart[c], cardStart[c + 1])} of
 * {@link #rating} and {@link #deltaDays}; item i is the first {@code itemLength[i]} reviews of card {@code
 * itemCard[i]}.
 */
public final class ReviewHistory {
    final long[] cardIds;
    final int[] cardStart;
    final byte[] rating;
    final int[] deltaDays;
    final int[] itemCard;
    final int[] itemLength;
    private final int reviewsRead;

    private ReviewHistory(
            long[] cardIds,
            int[] cardStart,
            byte[] rating,
            int[] deltaDays,
            int[] itemCard,
            int[] itemLength,
            int reviewsRead) {
        this.cardIds = cardIds;
        this.cardStart = cardStart;
        this.rating = rating;
        this.deltaDays = deltaDays;
        this.itemCard = itemCard;
        this.itemLength = itemLength;
        this.reviewsRead = reviewsRead;
    }

    /** The history of {@code rows} (in any order; a card's reviews at the same millisecond keep their order). */
    public static ReviewHistory of(List<RevlogRow> rows, DayBoundary boundary) {
        Objects.requireNonNull(rows, "rows");
        return of(RevlogColumns.of(rows), boundary);
    }

    /** The history of a review log held in columns. */
    public static ReviewHistory of(RevlogColumns log, DayBoundary boundary) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(boundary, "boundary");
        int n = log.size();
        long[] ids = log.cardId().clone();
        Arrays.sort(ids);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        ids = Arrays.copyOf(ids, distinct);
        // Rows grouped by card (cards by id), each card's rows in file order, then sorted by time.
        int[] cardIndex = new int[n];
        int[] start = new int[distinct + 1];
        for (int i = 0; i < n; i++) {
            cardIndex[i] = Arrays.binarySearch(ids, log.cardId()[i]);
            start[cardIndex[i] + 1]++;
        }
        for (int c = 0; c < distinct; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, distinct);
        int[] grouped = new int[n];
        for (int i = 0; i < n; i++) {
            grouped[fill[cardIndex[i]]++] = i;
        }
        Builder builder = new Builder(n, boundary.zone().getRules());
        long[] time = log.reviewTime();
        for (int c = 0; c < distinct; c++) {
            IntList indices = IntList.of(grouped, start[c], start[c + 1]);
            indices.sortBy(i -> time[i]);
            builder.addCard(ids[c], log, indices, boundary);
        }
        return builder.build(n);
    }

    /** The number of rows the history was made from. */
    public int reviewsRead() {
        return reviewsRead;
    }

    /** The number of cards with a usable history. */
    public int cards() {
        return cardIds.length;
    }

    /** The number of reviews kept in the cards' histories. */
    public int reviews() {
        return rating.length;
    }

    /** The number of items: long-term reviews that can be predicted from the card's history before them. */
    public int items() {
        return itemCard.length;
    }

    /** The number of reviews with a day or more since the previous one, among the first {@code length} of card c. */
    int longTermReviews(int card, int length) {
        int count = 0;
        for (int k = cardStart[card]; k < cardStart[card] + length; k++) {
            if (deltaDays[k] > 0) {
                count++;
            }
        }
        return count;
    }

    /** The position in card c of its first review with a day or more since the previous one, or -1. */
    int firstLongTermPosition(int card) {
        for (int k = cardStart[card]; k < cardStart[card + 1]; k++) {
            if (deltaDays[k] > 0) {
                return k - cardStart[card];
            }
        }
        return -1;
    }

    /** The rating of the last review of item i: the outcome it predicts. */
    int itemRating(int item) {
        return rating[cardStart[itemCard[item]] + itemLength[item] - 1];
    }

    /** The days since the previous review of the last review of item i. */
    int itemDelta(int item) {
        return deltaDays[cardStart[itemCard[item]] + itemLength[item] - 1];
    }

    /** The first {@code count} items (in time order) as a history of their own, for fitting on the earlier part. */
    ReviewHistory firstItems(int count) {
        return new ReviewHistory(
                cardIds,
                cardStart,
                rating,
                deltaDays,
                Arrays.copyOf(itemCard, count),
                Arrays.copyOf(itemLength, count),
                reviewsRead);
    }

    /** The items from {@code from} on, for evaluating on the later part. */
    ReviewHistory itemsFrom(int from) {
        return new ReviewHistory(
                cardIds,
                cardStart,
                rating,
                deltaDays,
                Arrays.copyOfRange(itemCard, from, itemCard.length),
                Arrays.copyOfRange(itemLength, from, itemLength.length),
                reviewsRead);
    }

    /** Collects cards, their reviews and their items. */
    private static final class Builder {
        private final ZoneRules rules;
        private final List<Long> ids = new ArrayList<>();
        private final IntList starts = new IntList();
        private final byte[] rating;
        private final int[] delta;
        private int reviews;
        private final IntList itemCard = new IntList();
        private final IntList itemLength = new IntList();
        private final LongList itemTime = new LongList();

        Builder(int capacity, ZoneRules rules) {
            this.rules = rules;
            this.rating = new byte[capacity];
            this.delta = new int[capacity];
            starts.add(0);
        }

        void addCard(long id, RevlogColumns log, IntList indices, DayBoundary boundary) {
            int first = historyStart(log, indices);
            if (first < 0) {
                return;
            }
            int card = ids.size();
            ids.add(id);
            long previousDay = 0;
            for (int k = first; k < indices.size(); k++) {
                int row = indices.get(k);
                long day = boundary.dayOf(log.reviewTime()[row], rules);
                int days = k == first ? 0 : (int) Math.max(0, day - previousDay);
                previousDay = day;
                rating[reviews] = log.rating()[row];
                delta[reviews] = days;
                reviews++;
                if (days > 0) {
                    itemCard.add(card);
                    itemLength.add(k - first + 1);
                    itemTime.add(log.reviewTime()[row]);
                }
            }
            starts.add(reviews);
        }

        /**
         * Where a card's usable history starts: at its last block of New/Learning reviews when the log gives
         * states, at its first review when it does not; -1 when it gives states and none is New or Learning.
         */
        private static int historyStart(RevlogColumns log, IntList indices) {
            boolean statesKnown = true;
            for (int k = 0; k < indices.size(); k++) {
                statesKnown &= log.state()[indices.get(k)] >= 0;
            }
            if (!statesKnown) {
                return 0;
            }
            int start = -1;
            for (int k = indices.size() - 1; k >= 0; k--) {
                int state = log.state()[indices.get(k)];
                if (state == State.NEW.code() || state == State.LEARNING.code()) {
                    start = k;
                } else if (start >= 0) {
                    break;
                }
            }
            return start;
        }

        ReviewHistory build(int reviewsRead) {
            int count = itemCard.size();
            // Items by review time; ties keep the order in which they were added (card id, then position).
            int[] order = itemTime.orderByValueThenIndex();
            int[] cards = new int[count];
            int[] lengths = new int[count];
            for (int i = 0; i < count; i++) {
                cards[i] = itemCard.get(order[i]);
                lengths[i] = itemLength.get(order[i]);
            }
            long[] cardIds = ids.stream().mapToLong(Long::longValue).toArray();
            return new ReviewHistory(
                    cardIds,
                    starts.toArray(),
                    Arrays.copyOf(rating, reviews),
                    Arrays.copyOf(delta, reviews),
                    cards,
                    lengths,
                    reviewsRead);
        }
    }
}
