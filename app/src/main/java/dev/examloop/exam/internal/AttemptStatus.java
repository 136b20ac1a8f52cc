package dev.examloop.exam.internal;

import java.util.Arrays;

/** Where an attempt stands; stored and sent as "in_progress", "submitted" or "abandoned". */
public enum AttemptStatus {
    IN_PROGRESS("in_progress"),
    SUBMITTED("submitted"),
    /** Given up by the learner before the end: not scored, no result. */
    ABANDONED("abandoned");

    private final String wire;

    AttemptStatus(String wire) {
        this.wire = wire;
    }

    /** The name stored in the {@code status} column and sent in JSON. */
    public String wire() {
        return wire;
    }

    /** The status in words: "in progress". */
    public String words() {
        return wire.replace('_', ' ');
    }

    /** The status of a stored name; a name no status has is a corrupt row. */
    public static AttemptStatus ofWire(String wire) {
        return Arrays.stream(values())
                .filter(s -> s.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("'" + wire + "' is not an attempt status"));
    }
}
