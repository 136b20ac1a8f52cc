package dev.examloop.core.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Reads the files of a pack folder on disk, for {@link PackReader}. */
public final class PackDirectory {
    /** Above the code points a file may hold ({@link YamlLimits#MAX_CODE_POINTS}) even at one byte each. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private PackDirectory() {}

    /**
     * The YAML files of the pack in {@code folder}, named in problems as {@code displayRoot} followed by
     * their path inside the folder.
     */
    public static List<PackFile> files(Path folder, String displayRoot) {
        List<PackFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(p -> !Files.isDirectory(p)).sorted().toList()) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                if (!(relative.endsWith(".yaml") || relative.endsWith(".yml"))) {
                    continue;
                }
                String name = displayRoot.endsWith("/") ? displayRoot + relative : displayRoot + "/" + relative;
                // Only regular files are opened: a named pipe would block the reader forever, a device never end.
                if (!Files.isRegularFile(path)) {
                    files.add(PackFile.unread(
                            name, relative, "is not a regular file (a named pipe, a socket or a device); not read"));
                } else if (Files.size(path) > MAX_BYTES) {
                    files.add(PackFile.unread(
                            name,
                            relative,
                            "is " + Files.size(path) / (1024 * 1024) + " MB; a pack file may be at most "
                                    + MAX_BYTES / (1024 * 1024) + " MB; not read"));
                } else {
                    files.add(new PackFile(name, relative, read(path)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static @Nullable String read(Path path) throws IOException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            return null; // the reader reports the file as not UTF-8 text
        }
    }
}
