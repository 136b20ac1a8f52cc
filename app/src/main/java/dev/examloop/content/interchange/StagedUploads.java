package dev.examloop.content.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Uploads waiting for the learner to confirm their import: each in its own folder {@code DATA/imports/TOKEN/} under
 * its own file name, so that the server holds none of them in memory between the preview and the confirmation. A
 * staged upload expires after {@link #LIFETIME}; expired ones are swept whenever the page is used and on a timer,
 * and at most {@link #MOST} are kept (the oldest go first). See docs/decisions/0081-import-page.md.
 */
final class StagedUploads {
    static final Duration LIFETIME = Duration.ofHours(1);
    static final int MOST = 16;
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final Clock clock;

    StagedUploads(Path dataDir, Clock clock) {
        this.root = dataDir.resolve("imports");
        this.clock = clock;
    }

    /** An upload on disk, known by an unguessable token. */
    record Staged(String token, Path file) {
        String fileName() {
            return file.getFileName().toString();
        }
    }

    /** Copies {@code in} to a new staged file named after {@code originalName} (made safe for a file system). */
    Staged stage(String originalName, InputStream in) {
        sweep();
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Path folder = root.resolve(token);
        Path file = folder.resolve(safeName(originalName));
        try {
            Files.createDirectories(folder);
            Files.copy(in, file);
            Files.setLastModifiedTime(folder, java.nio.file.attribute.FileTime.from(clock.instant()));
        } catch (IOException e) {
            delete(token);
            throw new UncheckedIOException("could not keep the upload in " + root + ": " + e.getMessage(), e);
        }
        return new Staged(token, file);
    }

    /** The staged upload of {@code token}, unless it is unknown, expired or already used. */
    Optional<Staged> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Path folder = root.resolve(token);
        if (!Files.isDirectory(folder) || expired(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).findFirst().map(f -> new Staged(token, f));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void delete(String token) {
        if (token != null && TOKEN.matcher(token).matches()) {
            deleteTree(root.resolve(token));
        }
    }

    /** Deletes expired uploads, and the oldest past {@link #MOST}. */
    void sweep() {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(root)) {
            folders = list.filter(Files::isDirectory)
                    .sorted(Comparator.comparing(StagedUploads::modified).reversed())
                    .toList();
        } catch (IOException e) {
            return;
        }
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            if (i >= MOST - 1 || expired(folder)) {
                deleteTree(folder);
            }
        }
    }

    private boolean expired(Path folder) {
        return modified(folder).plus(LIFETIME).isBefore(clock.instant());
    }

    private static Instant modified(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /**
     * The last segment of a browser's file name, without control characters or leading dots, at most 100
     * characters: the name problems quote ({@code bank.gift:12: …}) and the pack code is made from.
     */
    static String safeName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder safe = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c)
                        && c != ':'
                        && c != '*'
                        && c != '?'
                        && c != '"'
                        && c != '<'
                        && c != '>'
                        && c != '|')
                .forEach(safe::appendCodePoint);
        String s = safe.toString().strip().replaceFirst("^\\.+", "");
        if (s.length() > 100) {
            int dot = s.lastIndexOf('.');
            String extension = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
            s = s.substring(0, 100 - extension.length()) + extension;
        }
        return s.isBlank() ? "upload" : s;
    }

    private static void deleteTree(Path tree) {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // swept again later
        }
    }
}
