package dev.examloop.core.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The corpora and other test inputs, from the test resources. */
final class Fixtures {
    private Fixtures() {}

    static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/interchange/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportSource source(String path) {
        return ImportSource.of(path.substring(path.lastIndexOf('/') + 1), bytes(path));
    }
}
