package dev.examloop.core.fsrs.revlog;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The common case of a review log read straight from its bytes into columns: a header of known column names and
 * rows of plain numbers separated by commas, without quotes. Anything else — a quote, a field that is not a
 * valid number, a row of the wrong width, a card's reviews out of time order — gives empty, and the caller reads
 * the file with the full {@link RevlogReader}, which reports each problem with its line; so a file is accepted
 * here only if the full reader would accept it too.
 */
// The header's column positions are an int array indexed by RevlogColumn's ordinal (this class's only use of it,
// local to one parse), so that the hot loop reads ints rather than an EnumMap's boxed values.
@SuppressWarnings("EnumOrdinal")
final class FastRevlogParser {
    private final byte[] bytes;
    private int position;

    private FastRevlogParser(byte[] bytes) {
        this.bytes = bytes;
    }

    static Optional<RevlogColumns> parse(byte[] bytes) {
        return Optional.ofNullable(new FastRevlogParser(bytes).columns());
    }

    private @Nullable RevlogColumns columns() {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            position = 3;
        }
        int[] columnOf = header();
        if (columnOf == null) {
            return null;
        }
        int width = columnOf[RevlogColumn.values().length];
        int capacity = Math.max(16, bytes.length / 24);
        long[] cardId = new long[capacity];
        long[] time = new long[capacity];
        byte[] rating = new byte[capacity];
        byte[] state = new byte[capacity];
        long[] field = new long[width];
        boolean[] empty = new boolean[width];
        int n = 0;
        while (position < bytes.length) {
            int lineEnd = lineEnd();
            if (lineEnd == position || (lineEnd == position + 1 && bytes[position] == '\r')) {
                position = next(lineEnd);
                continue;
            }
            if (!fields(lineEnd, field, empty)) {
                return null;
            }
            int c = columnOf[RevlogColumn.CARD_ID.ordinal()];
            int t = columnOf[RevlogColumn.REVIEW_TIME.ordinal()];
            int r = columnOf[RevlogColumn.REVIEW_RATING.ordinal()];
            int s = columnOf[RevlogColumn.REVIEW_STATE.ordinal()];
            int d = columnOf[RevlogColumn.REVIEW_DURATION.ordinal()];
            if (empty[c]
                    || empty[t]
                    || empty[r]
                    || field[t] < 0
                    || field[r] < 1
                    || field[r] > 4
                    || (s >= 0 && !empty[s] && (field[s] < 0 || field[s] > 3))
                    || (d >= 0 && !empty[d] && field[d] < 0)) {
                return null;
            }
            if (n == cardId.length) {
                cardId = Arrays.copyOf(cardId, n * 2);
                time = Arrays.copyOf(time, n * 2);
                rating = Arrays.copyOf(rating, n * 2);
                state = Arrays.copyOf(state, n * 2);
            }
            cardId[n] = field[c];
            time[n] = field[t];
            rating[n] = (byte) field[r];
            state[n] = s < 0 || empty[s] ? -1 : (byte) field[s];
            n++;
            position = next(lineEnd);
        }
        RevlogColumns columns = new RevlogColumns(
                Arrays.copyOf(cardId, n), Arrays.copyOf(time, n), Arrays.copyOf(rating, n), Arrays.copyOf(state, n));
        return inTimeOrderPerCard(columns) ? columns : null;
    }

    /** Column positions by {@link RevlogColumn} (−1 when absent), then the header's width; null if unusual. */
    private int @Nullable [] header() {
        int lineEnd = lineEnd();
        String[] names = new String(bytes, position, lineEnd - position, java.nio.charset.StandardCharsets.UTF_8)
                .strip()
                .split(",", -1);
        int[] columnOf = new int[RevlogColumn.values().length + 1];
        Arrays.fill(columnOf, -1);
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (name.indexOf('"') >= 0) {
                return null;
            }
            for (RevlogColumn column : RevlogColumn.values()) {
                if (column.header().equals(name)) {
                    if (columnOf[column.ordinal()] >= 0) {
                        return null;
                    }
                    columnOf[column.ordinal()] = i;
                }
            }
        }
        for (RevlogColumn column : RevlogColumn.values()) {
            if (column.required() && columnOf[column.ordinal()] < 0) {
                return null;
            }
        }
        columnOf[RevlogColumn.values().length] = names.length;
        position = next(lineEnd);
        return columnOf;
    }

    /** Splits the line into whole numbers (or empty fields); false if a field is anything else. */
    private boolean fields(int lineEnd, long[] field, boolean[] empty) {
        int end = lineEnd > position && bytes[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        int i = position;
        for (int f = 0; f < field.length; f++) {
            while (i < end && bytes[i] == ' ') {
                i++;
            }
            boolean negative = i < end && bytes[i] == '-';
            if (negative) {
                i++;
            }
            long value = 0;
            int digits = 0;
            while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
                if (digits++ >= 18) {
                    return false; // may overflow: the full reader decides
                }
                value = value * 10 + (bytes[i++] - '0');
            }
            while (i < end && bytes[i] == ' ') {
                i++;
            }
            if (negative && digits == 0) {
                return false;
            }
            boolean last = f == field.length - 1;
            if (last ? i != end : i >= end || bytes[i] != ',') {
                return false;
            }
            i++;
            field[f] = negative ? -value : value;
            empty[f] = digits == 0;
        }
        return true;
    }

    private int lineEnd() {
        int i = position;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return i;
    }

    private int next(int lineEnd) {
        return Math.min(bytes.length, lineEnd + 1);
    }

    /** Whether every card's reviews come in time order, as the full reader requires. */
    private static boolean inTimeOrderPerCard(RevlogColumns columns) {
        int n = columns.size();
        long[] ids = columns.cardId().clone();
        Arrays.sort(ids);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        long[] last = new long[distinct];
        Arrays.fill(last, Long.MIN_VALUE);
        for (int i = 0; i < n; i++) {
            int card = Arrays.binarySearch(ids, 0, distinct, columns.cardId()[i]);
            if (columns.reviewTime()[i] < last[card]) {
                return false;
            }
            last[card] = columns.reviewTime()[i];
        }
        return true;
    }
}
