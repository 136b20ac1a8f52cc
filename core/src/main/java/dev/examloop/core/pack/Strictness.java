package dev.examloop.core.pack;

/**
 * How strictly the quality checks of a pack are applied.
 *
 * <p>Structural problems (a key naming a missing option, a duplicate id) are always errors. The quality checks
 * of a bank (distribution against the blueprint, coverage of task statements, length cues, review records) are
 * warnings when a pack is loaded or linted normally, so that a bank being written stays usable; under
 * {@link #STRICT} ({@code examloop pack lint --strict}, and the bundled packs' test) they are errors.
 */
public enum Strictness {
    NORMAL,
    STRICT;

    /** The severity of a quality finding: a warning, or an error under {@link #STRICT}. */
    public Severity ofQualityFinding() {
        return this == STRICT ? Severity.ERROR : Severity.WARNING;
    }
}
