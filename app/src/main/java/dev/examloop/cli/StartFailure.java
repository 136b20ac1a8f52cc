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
        Properties parts = parse(url);
        String host = parts.getProperty("host", "localhost");
        String port = parts.getProperty("port", "5432");
        String database = parts.getProperty("database", "?");
        String user = parts.getProperty("user");
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

    /** Host, port, database and user of {@code jdbc:postgresql://HOST[:PORT]/DATABASE[?user=…&…]}. */
    static Properties parse(String url) {
        Properties parts = new Properties();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "jdbc:postgresql://(\\[[^\\]]+\\]|[^:/?]*)(?::([0-9]+))?/([^?]*)(?:\\?(.*))?")
                .matcher(url);
        if (!m.matches()) {
            return parts;
        }
        if (!m.group(1).isEmpty()) {
            parts.setProperty("host", m.group(1));
        }
        if (m.group(2) != null) {
            parts.setProperty("port", m.group(2));
        }
        parts.setProperty("database", java.net.URLDecoder.decode(m.group(3), java.nio.charset.StandardCharsets.UTF_8));
        if (m.group(4) != null) {
            for (String pair : m.group(4).split("&", -1)) {
                if (pair.startsWith("user=")) {
                    parts.setProperty(
                            "user",
                            java.net.URLDecoder.decode(pair.substring(5), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
