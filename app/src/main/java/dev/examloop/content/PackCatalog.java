package dev.examloop.content;

import dev.examloop.content.internal.PackSources;
import dev.examloop.core.pack.Pack;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The exam packs Examloop knows: those bundled with it and those under {@code DATA/packs/}. Read once,
 * when the catalog is made; usable from the command line without the web application.
 */
public final class PackCatalog {
    private final List<CatalogEntry> entries;

    private PackCatalog(List<CatalogEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Reads the bundled packs and every pack folder under {@code dataDir/packs}. */
    public static PackCatalog load(Path dataDir) {
        return new PackCatalog(PackSources.readAll(dataDir));
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
