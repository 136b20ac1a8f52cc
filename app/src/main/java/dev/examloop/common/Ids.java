package dev.examloop.common;

import java.util.UUID;

/** New ids for rows, made by the application so that the same SQL runs on SQLite and PostgreSQL. */
public final class Ids {
    private Ids() {}

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
