package dev.examloop.review.internal;

import dev.examloop.core.board.Zone;
import java.util.Locale;

/** The zones by the names the {@code zone} column and the JSON hold: "red", "yellow", "green". */
public final class ZoneNames {
    private ZoneNames() {}

    public static String wire(Zone zone) {
        return zone.name().toLowerCase(Locale.ROOT);
    }

    /** The zone of a stored name; a name no zone has is a corrupt row. */
    public static Zone of(String wire) {
        for (Zone zone : Zone.values()) {
            if (wire(zone).equals(wire)) {
                return zone;
            }
        }
        throw new IllegalStateException("'" + wire + "' is not a zone (red, yellow or green)");
    }

    /** Whether {@code wire} names a zone. */
    public static boolean isZone(String wire) {
        for (Zone zone : Zone.values()) {
            if (wire(zone).equals(wire)) {
                return true;
            }
        }
        return false;
    }
}
