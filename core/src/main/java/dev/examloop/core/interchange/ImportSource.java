package dev.examloop.core.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file to import: its name (as problems show it), a way to open its bytes as often as a reader needs (format
 * detection peeks, encoding detection scans, the reader reads), and the encoding the user gave, if any.
 */
public final class ImportSource {
    /** The largest input accepted: past it an import is refused before anything is read. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final String name;
    private final Path path;
    private final byte[] bytes;
    private final Charset encoding;

    private ImportSource(String name, Path path, byte[] bytes, Charset encoding) {
        this.name = Objects.requireNonNull(name, "name");
        this.path = path;
        this.bytes = bytes;
        this.encoding = encoding;
    }

    public static ImportSource of(Path path) {
        return new ImportSource(path.getFileName().toString(), path, null, null);
    }

    public static ImportSource of(String name, byte[] bytes) {
        return new ImportSource(name, null, bytes.clone(), null);
    }

    /** The same input read with {@code encoding} instead of the detected one. */
    public ImportSource withEncoding(Charset encoding) {
        return new ImportSource(name, path, bytes, encoding);
    }

    public String name() {
        return name;
    }

    public Optional<Charset> encoding() {
        return Optional.ofNullable(encoding);
    }

    /** The input's file on disk, when it has one (the .apkg reader hands it to SQLite). */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    public long size() {
        try {
            return path != null ? Files.size(path) : bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputStream open() throws IOException {
        return path != null ? Files.newInputStream(path) : new ByteArrayInputStream(bytes);
    }

    /** The first {@code n} bytes (fewer for a shorter input). */
    public byte[] head(int n) {
        try (InputStream in = open()) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new ImportRefusal(name, 0, "cannot be read: " + e.getMessage());
        }
    }
}
