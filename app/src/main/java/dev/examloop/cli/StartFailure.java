package dev.examloop.cli;

import java.sql.SQLException;
import java.util.Properties;

/**
 * One line that says why the server did not start: for a database, what was tried (host, port, database, user;
 * never the password) and what to check. See docs/decisions/0062-database-faults.md.
 */
final class StartFailure {
    private StartFailure() {}

    static String describe(Throwable failure, String url) {
        Throwable root = failure;
        SQLException sql = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            root = cause;
            if (cause instanceof SQLException e && sql == null) {
                sql = e;
            }
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (message.contains("Address already in use")
                || root.getClass().getSimpleName().equals("BindException")) {
            return "the port is already in use; choose another with --port N";
        }
        if (url.startsWith("jdbc:postgresql:") && sql != null) {
            return postgres(url, sql, firstLine(message));
        }
        if (url.startsWith("jdbc:sqlite:") && sql != null) {
            return "the SQLite database " + ServeCommand.redacted(url.substring("jdbc:sqlite:".length()))
                    + " cannot be opened: " + firstLine(message) + ". Check that its folder exists and is writable";
        }
        return ServeCommand.redacted(firstLine(message));
    }

    private static String postgres(String url, SQLException sql, String message) {
        Properties parts = org.postgresql.Driver.parseURL(url, null);
        String host = parts == null ? "?" : parts.getProperty("PGHOST", "localhost");
        String port = parts == null ? "?" : parts.getProperty("PGPORT", "5432");
        String database = parts == null ? "?" : parts.getProperty("PGDBNAME", "?");
        String user = parts == null ? null : parts.getProperty("user");
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String check;
        if (state.equals("3D000")) {
            check = "check the database name, or create it (createdb " + database + ")";
        } else if (state.startsWith("28")) {
            check = "check the user and password (given as ?user=…&password=… in --db, or in ~/.pgpass)";
        } else if (state.startsWith("08") || message.contains("refused") || message.contains("timed out")) {
            check = "check that PostgreSQL runs there and accepts TCP connections, and the host and port";
        } else {
            check = "check the host, port, database name, user and password";
        }
        return "cannot connect to PostgreSQL at " + host + ":" + port + ", database " + database
                + (user == null ? "" : ", user " + user) + ": " + ServeCommand.redacted(message) + "; " + check;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
