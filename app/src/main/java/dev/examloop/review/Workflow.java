package dev.examloop.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The board column a card sits in, left to right; stored and sent as its wire name ("to-study"). */
public enum Workflow {
    TO_STUDY("to-study"),
    REVIEWING("reviewing"),
    MASTERED("mastered");

    /** The wire names, left to right, as the board and the API list them. */
    public static final List<String> WIRE_NAMES =
            Arrays.stream(values()).map(Workflow::wire).toList();

    private final String wire;

    Workflow(String wire) {
        this.wire = wire;
    }

    /** The name stored in the {@code workflow} column and sent in JSON. */
    public String wire() {
        return wire;
    }

    /** The column of a wire name, or empty when there is none of that name. */
    public static Optional<Workflow> ofWire(String wire) {
        return Arrays.stream(values()).filter(w -> w.wire.equals(wire)).findFirst();
    }
}
