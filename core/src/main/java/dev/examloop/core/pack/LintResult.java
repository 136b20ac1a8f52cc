package dev.examloop.core.pack;

import java.util.List;
import java.util.Optional;

/**
 * What reading a pack gave: the pack when it has no error, every problem found (errors and warnings), and the
 * summary of its bank when the quality checks ran.
 *
 * <p>A pack with an error is never handed out: {@link #pack()} is empty whenever {@link #errors()} is not.
 * Warnings do not stop a pack loading.
 *
 * @param summary the bank's figures (questions per domain, coverage, key positions, …); present when the pack
 *     read without structural errors, so that the quality checks could run
 */
public record LintResult(String packName, Optional<Pack> pack, List<Problem> problems, Optional<BankSummary> summary) {
    public LintResult {
        problems = List.copyOf(problems);
        if (problems.stream().anyMatch(Problem::isError) && pack.isPresent()) {
            throw new IllegalArgumentException("a pack with errors must not be loaded");
        }
    }

    public LintResult(String packName, Optional<Pack> pack, List<Problem> problems) {
        this(packName, pack, problems, Optional.empty());
    }

    /** True when the pack has no error (it may have warnings). */
    public boolean ok() {
        return errors().isEmpty();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
