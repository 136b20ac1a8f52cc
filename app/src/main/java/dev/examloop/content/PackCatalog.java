package dev.examloop.content;

import dev.examloop.content.internal.PackSources;
import dev.examloop.core.pack.Pack;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The exam packs Examloop knows: those bundled with it and those under {@code DATA/packs/}. Read when the
 * catalog is made, and again by {@link #reload()} after an import has written a pack; usable from the command
 * line without the web application.
 */
public final class PackCatalog {
    private final Path dataDir;
    private volatile List<CatalogEntry> entries;

    private PackCatalog(Path dataDir, List<CatalogEntry> entries) {
        this.dataDir = dataDir;
        this.entries = List.copyOf(entries);
    }

    /** Reads the bundled packs and every pack folder under {@code dataDir/packs}. */
    public static PackCatalog load(Path dataDir) {
        return new PackCatalog(dataDir, PackSources.readAll(dataDir));
    }

    /**
     * Reads every pack again, so that a pack written since (an import) is loaded. Readers see the old list or the
     * new one whole, never a mixture.
     */
    public synchronized void reload() {
        entries = List.copyOf(PackSources.readAll(dataDir));
    }

    /** Every pack found, loaded or broken, bundled first. */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /** The loaded packs. */
    public List<Pack> packs() {
        return entries.stream().flatMap(e -> e.pack().stream()).toList();
    }

    public Optional<Pack> find(String code) {
        return packs().stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst();
    }

    public String knownCodes() {
        return String.join(", ", packs().stream().map(Pack::code).toList());
    }
}
