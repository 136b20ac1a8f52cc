package dev.examloop.core.fsrs.revlog;

import java.util.List;

/**
 * A review log held column by column in primitive arrays, for work on many reviews at once (the optimiser):
 * row i is ({@code cardId[i]}, {@code reviewTime[i]}, {@code rating[i]}, {@code state[i]}). It holds only valid
 * rows; {@link RevlogReader#readColumns} gives one only for a file without any problem.
 *
 * @param cardId the card of each review
 * @param reviewTime the time of each review, in milliseconds since 1970-01-01T00:00Z
 * @param rating the rating of each review, 1 (Again) to 4 (Easy)
 * @param state the card's state before each review, 0 (New) to 3 (Relearning), or −1 when the log does not say
 */
// Columns of numbers kept as arrays for speed; never compared or hashed as values.
@SuppressWarnings("ArrayRecordComponent")
public record RevlogColumns(long[] cardId, long[] reviewTime, byte[] rating, byte[] state) {
    public RevlogColumns {
        if (reviewTime.length != cardId.length || rating.length != cardId.length || state.length != cardId.length) {
            throw new IllegalArgumentException("every column needs one value per review: " + cardId.length + ", "
                    + reviewTime.length + ", " + rating.length + " and " + state.length);
        }
    }

    /** The number of reviews. */
    public int size() {
        return cardId.length;
    }

    /** The columns of {@code rows}. */
    public static RevlogColumns of(List<RevlogRow> rows) {
        int n = rows.size();
        long[] cardId = new long[n];
        long[] time = new long[n];
        byte[] rating = new byte[n];
        byte[] state = new byte[n];
        for (int i = 0; i < n; i++) {
            RevlogRow row = rows.get(i);
            cardId[i] = row.cardId();
            time[i] = row.reviewTime().toEpochMilli();
            rating[i] = (byte) row.rating().grade();
            state[i] = (byte) row.state().map(s -> s.code()).orElse(-1).intValue();
        }
        return new RevlogColumns(cardId, time, rating, state);
    }
}
