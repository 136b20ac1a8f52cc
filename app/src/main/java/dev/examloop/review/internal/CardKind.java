package dev.examloop.review.internal;

import java.util.Arrays;

/** What a card is about: a topic (a sub-concept) or one missed question, re-asked. */
public enum CardKind {
    TOPIC("topic"),
    QUESTION("question");

    private final String wire;

    CardKind(String wire) {
        this.wire = wire;
    }

    /** The name stored in the {@code kind} column and sent in JSON. */
    public String wire() {
        return wire;
    }

    /** The kind of a stored name; a name no kind has is a corrupt row. */
    public static CardKind ofWire(String wire) {
        return Arrays.stream(values())
                .filter(k -> k.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("'" + wire + "' is not a card kind (topic or question)"));
    }
}
