package dev.examloop.core.interchange;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Reads decoded text line by line (LF, CRLF or CR), counting lines, with a bound on the length of a line so that a
 * file without line breaks cannot fill the memory.
 */
final class Lines implements AutoCloseable {
    static final int MAX_LINE = 1 << 20;

    private final Reader reader;
    private final String file;
    private final ImportSource source;
    private int number;
    private int pushedBack = -2;

    Lines(Reader reader, ImportSource source) {
        this.reader = reader;
        this.file = source.name();
        this.source = source;
    }

    static Lines open(ImportSource source) {
        try {
            return new Lines(TextInput.open(source), source);
        } catch (IOException e) {
            throw new ImportRefusal(source.name(), 0, "cannot be read: " + e.getMessage());
        }
    }

    /** The next line without its line break, or {@code null} at the end. */
    String next() {
        StringBuilder line = new StringBuilder();
        try {
            int c = read();
            if (c < 0) {
                return null;
            }
            number++;
            while (c >= 0 && c != '\n' && c != '\r') {
                if (line.length() >= MAX_LINE) {
                    throw new ImportRefusal(file, number, "has a line longer than " + MAX_LINE + " characters");
                }
                line.append((char) c);
                c = read();
            }
            if (c == '\r') {
                int after = read();
                if (after != '\n') {
                    pushedBack = after;
                }
            }
            return line.toString();
        } catch (CharacterCodingException e) {
            throw new ImportRefusal(
                    file,
                    TextInput.firstBadLine(source),
                    "has bytes that are not text in the file's encoding; give its encoding with --encoding "
                            + "(utf-8, utf-16, latin1)");
        } catch (IOException e) {
            throw new ImportRefusal(file, number, "cannot be read: " + e.getMessage());
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return reader.read();
    }

    /** The number of the line {@link #next()} returned last. */
    int number() {
        return number;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing was written; a failed close of an input changes nothing
        }
    }
}
