package dev.examloop.core.fsrs.optimizer;

import java.util.Arrays;

/** A growable list of longs without boxing. */
final class LongList {
    private long[] values = new long[8];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    /** The indices 0…size−1 ordered by value, equal values by index: a stable sort, without boxing. */
    int[] orderByValueThenIndex() {
        long[] keys = new long[size];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, size));
        if (size == 0 || Long.numberOfLeadingZeros(max - min) > indexBits) {
            for (int i = 0; i < size; i++) {
                keys[i] = (values[i] - min) << indexBits | i;
            }
            Arrays.sort(keys);
            int[] order = new int[size];
            long mask = (1L << indexBits) - 1;
            for (int i = 0; i < size; i++) {
                order[i] = (int) (keys[i] & mask);
            }
            return order;
        }
        Integer[] boxed = new Integer[size];
        for (int i = 0; i < size; i++) {
            boxed[i] = i;
        }
        Arrays.sort(
                boxed,
                (a, b) -> a.equals(b)
                        ? 0
                        : values[a] != values[b] ? Long.compare(values[a], values[b]) : Integer.compare(a, b));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }
}
