package dev.examloop.content.internal;

import dev.examloop.content.CatalogEntry;
import dev.examloop.core.pack.LintResult;
import dev.examloop.core.pack.PackDirectory;
import dev.examloop.core.pack.PackFile;
import dev.examloop.core.pack.PackReader;
import dev.examloop.core.pack.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Finds pack files on the classpath (bundled) and under the data folder, and reads them. */
public final class PackSources {
    private static final String BUNDLED_ROOT = "packs/";

    private PackSources() {}

    public static List<CatalogEntry> readAll(Path dataDir) {
        List<CatalogEntry> entries = new ArrayList<>(bundled());
        Path userPacks = dataDir.resolve("packs");
        if (Files.isDirectory(userPacks)) {
            try (Stream<Path> folders = Files.list(userPacks)) {
                List<Path> packs = folders.filter(f -> Files.isRegularFile(f.resolve("pack.yaml")))
                        .sorted()
                        .toList();
                // Packs are read side by side (a start of the server waits for them); the order stays the same.
                entries.addAll(packs.parallelStream()
                        .map(folder -> entry(
                                folder.getFileName().toString(),
                                folder.toString(),
                                PackDirectory.files(folder, folder.toString())))
                        .toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return withoutDuplicateCodes(entries);
    }

    private static List<CatalogEntry> bundled() {
        var resolver = new PathMatchingResourcePatternResolver(PackSources.class.getClassLoader());
        TreeMap<String, List<PackFile>> byPack = new TreeMap<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:" + BUNDLED_ROOT + "**/*.yaml")) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf("/" + BUNDLED_ROOT);
                String inPacks = url.substring(at + BUNDLED_ROOT.length() + 1);
                int slash = inPacks.indexOf('/');
                if (slash < 0) {
                    continue;
                }
                String pack = inPacks.substring(0, slash);
                String relative = inPacks.substring(slash + 1);
                try (InputStream in = resource.getInputStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    byPack.computeIfAbsent(pack, p -> new ArrayList<>())
                            .add(new PackFile(BUNDLED_ROOT + pack + "/" + relative, relative, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byPack.entrySet().parallelStream()
                .map(e -> entry(e.getKey(), "bundled", e.getValue()))
                .toList();
    }

    private static CatalogEntry entry(String name, String origin, List<PackFile> files) {
        LintResult result = new PackReader().read(name, files);
        return new CatalogEntry(name, origin, result.pack(), result.problems());
    }

    private static List<CatalogEntry> withoutDuplicateCodes(List<CatalogEntry> entries) {
        Set<String> codes = new HashSet<>();
        List<CatalogEntry> kept = new ArrayList<>();
        for (CatalogEntry entry : entries) {
            if (entry.pack().isPresent() && !codes.add(entry.pack().get().code())) {
                kept.add(new CatalogEntry(
                        entry.name(),
                        entry.origin(),
                        Optional.empty(),
                        List.of(new Problem(
                                entry.origin(),
                                0,
                                "code",
                                "'" + entry.pack().get().code()
                                        + "' is the code of a pack loaded before this one; this one is not loaded"))));
            } else {
                kept.add(entry);
            }
        }
        return kept;
    }
}
