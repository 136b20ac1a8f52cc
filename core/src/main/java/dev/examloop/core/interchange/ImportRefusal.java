package dev.examloop.core.interchange;

/**
 * Malformed input: the whole import is refused, nothing is written. The message reads {@code file:line: message}
 * (line 0 when the problem is the whole file).
 */
public final class ImportRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    public ImportRefusal(String file, int line, String reason) {
        super(line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason, null, false, false);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
