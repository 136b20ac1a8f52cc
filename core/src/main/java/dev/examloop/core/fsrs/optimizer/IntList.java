package dev.examloop.core.fsrs.optimizer;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

/** A growable list of ints without boxing. */
final class IntList {
    private int[] values = new int[8];
    private int size;

    /** A list of {@code values[from, to)}. */
    static IntList of(int[] values, int from, int to) {
        IntList list = new IntList();
        list.values = Arrays.copyOfRange(values, from, Math.max(to, from + 1));
        list.size = to - from;
        return list;
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** Sorts the values by {@code key}, stably (a card's reviews at the same millisecond keep their order). */
    void sortBy(IntToLongFunction key) {
        for (int i = 1; i < size; i++) { // insertion sort: a card's reviews almost always come in order already
            int value = values[i];
            long k = key.applyAsLong(value);
            int j = i - 1;
            while (j >= 0 && key.applyAsLong(values[j]) > k) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
    }
}
