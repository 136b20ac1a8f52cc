package dev.examloop.content;

import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Problem;
import java.util.List;
import java.util.Optional;

/**
 * One pack the catalog found: loaded, or broken with its problems.
 *
 * @param origin where it came from: {@code bundled} or the folder it was read from
 */
public record CatalogEntry(String name, String origin, Optional<Pack> pack, List<Problem> problems) {
    public CatalogEntry {
        problems = List.copyOf(problems);
    }

    public boolean loaded() {
        return pack.isPresent();
    }
}
