package dev.examloop.planner.internal;

import java.util.Arrays;

/** Where a started block's timer stands; stored as "running", "paused" or "done" (a block not started is planned). */
public enum BlockStatus {
    RUNNING("running"),
    PAUSED("paused"),
    DONE("done");

    private final String wire;

    BlockStatus(String wire) {
        this.wire = wire;
    }

    /** The name stored in the {@code status} column and sent in JSON. */
    public String wire() {
        return wire;
    }

    /** The status of a stored name; a name no status has is a corrupt row. */
    public static BlockStatus ofWire(String wire) {
        return Arrays.stream(values())
                .filter(s -> s.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("'" + wire + "' is not a block status"));
    }
}
