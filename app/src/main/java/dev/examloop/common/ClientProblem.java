package dev.examloop.common;

import java.util.List;

/**
 * A request the application cannot carry out because of what the client sent or asked for; answered with
 * the given HTTP status and a JSON body naming the problem, never with a stack trace.
 */
// Never serialised (the handler answers it as JSON); List.copyOf gives a serialisable list all the same.
@SuppressWarnings("serial")
public class ClientProblem extends RuntimeException {
    private final int status;
    private final String code;
    private final List<String> details;

    public ClientProblem(int status, String code, String message, List<String> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
    }

    public ClientProblem(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public static ClientProblem notFound(String what) {
        return new ClientProblem(404, "not-found", what + " does not exist");
    }

    public static ClientProblem badRequest(String message, List<String> details) {
        return new ClientProblem(400, "bad-request", message, details);
    }

    public static ClientProblem conflict(String code, String message) {
        return new ClientProblem(409, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<String> details() {
        return details;
    }
}
