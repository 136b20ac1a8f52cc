package dev.examloop.web;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What the database's own refusals and faults mean to the person who sent the request: a value the database
 * cannot keep (too long for its column, a NUL character) is the client's mistake, a 400; a database that cannot
 * be reached is a 503 that says what happened to the request and that it can be sent again; anything else is a
 * 500 that says what was and was not saved. See docs/decisions/0062-database-faults.md.
 */
final class DatabaseFaults {
    static final String UNAVAILABLE_ANSWER =
            "the database is unavailable; your answer is kept in the browser and will be retried";
    static final String UNAVAILABLE =
            "the database is unavailable; nothing of this request was saved. Try again in a moment";

    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");

    private DatabaseFaults() {}

    interface Responder {
        ResponseEntity<?> answer(
                HttpServletRequest request, int status, String code, String message, List<String> details);
    }

    /** The answer to a database's refusal or fault, or null when the failure is not one of those. */
    static ResponseEntity<?> answer(Throwable failure, HttpServletRequest request, Responder responder) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                // The rollback failed too (the connection is gone): what failed first says what happened.
                ResponseEntity<?> first = answer(rollback.getApplicationException(), request, responder);
                if (first != null) {
                    return first;
                }
            }
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException) {
                return unavailable(request, responder);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
                    return unavailable(request, responder);
                }
                if (state.equals("22001")) {
                    Matcher limit = VARCHAR.matcher(String.valueOf(sql.getMessage()));
                    return responder.answer(
                            request,
                            400,
                            "bad-request",
                            "a field is longer than Examloop keeps"
                                    + (limit.find() ? " (at most " + limit.group(1) + " characters)" : "")
                                    + "; nothing was saved",
                            List.of());
                }
                if (state.equals("22021") || state.equals("22P05")) {
                    return responder.answer(
                            request,
                            400,
                            "bad-request",
                            "a field contains a character no text may hold (such as NUL, U+0000); nothing was saved",
                            List.of());
                }
            }
        }
        return null;
    }

    private static ResponseEntity<?> unavailable(HttpServletRequest request, Responder responder) {
        return responder.answer(
                request,
                503,
                "database-unavailable",
                isAnswerSave(request) ? UNAVAILABLE_ANSWER : UNAVAILABLE,
                List.of());
    }

    /** What a 500 says: a failed change saved nothing of itself; a failed read changed nothing. */
    static String failureMessage(HttpServletRequest request) {
        String start = "Examloop failed to handle this request; it was logged. ";
        if (isAnswerSave(request)) {
            return start + "This answer was NOT saved (answer it again); the answers saved before it are kept.";
        }
        if (isChange(request)) {
            return start + "This change was NOT saved; what you saved before it is kept.";
        }
        return start + "Nothing was changed; what you saved is kept.";
    }

    static boolean isChange(HttpServletRequest request) {
        return !List.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
    }

    static boolean isAnswerSave(HttpServletRequest request) {
        return isChange(request)
                && request.getRequestURI().matches("/api/attempts/[^/]+/answers/[^/]+|/attempts/[^/]+/q/[^/]+");
    }
}
