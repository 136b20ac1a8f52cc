package dev.examloop.storage;

/** Which kind of database the application runs on. */
public enum Database {
    SQLITE,
    POSTGRESQL;

    public static Database of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("'" + jdbcUrl + "' is neither a jdbc:sqlite: nor a jdbc:postgresql: URL");
    }
}
