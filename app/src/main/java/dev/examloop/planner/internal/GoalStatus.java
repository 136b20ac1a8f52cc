package dev.examloop.planner.internal;

import java.util.Arrays;

/** Whether a goal is the one being planned for, or kept with its outcome; stored as "active" or "archived". */
public enum GoalStatus {
    ACTIVE("active"),
    ARCHIVED("archived");

    private final String wire;

    GoalStatus(String wire) {
        this.wire = wire;
    }

    /** The name stored in the {@code status} column and sent in JSON. */
    public String wire() {
        return wire;
    }

    /** The status of a stored name; a name no status has is a corrupt row. */
    public static GoalStatus ofWire(String wire) {
        return Arrays.stream(values())
                .filter(s -> s.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("'" + wire + "' is not a goal status"));
    }
}
