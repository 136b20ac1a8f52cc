package dev.examloop.core.pack;

import java.util.List;
import java.util.Optional;

/**
 * What reading a pack gave: the pack when it has no problem, and every problem found.
 *
 * <p>A pack with problems is never handed out: {@link #pack()} is empty whenever {@link #problems()} is not.
 */
public record LintResult(String packName, Optional<Pack> pack, List<Problem> problems) {
    public LintResult {
        problems = List.copyOf(problems);
        if (!problems.isEmpty() && pack.isPresent()) {
            throw new IllegalArgumentException("a pack with problems must not be loaded");
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
