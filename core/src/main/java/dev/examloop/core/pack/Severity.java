package dev.examloop.core.pack;

/**
 * How much a problem of a pack matters.
 *
 * <p>An {@link #ERROR} keeps the pack from loading; a {@link #WARNING} is shown by {@code examloop pack lint} and
 * never stops a pack loading. See {@link Strictness} for the checks whose severity depends on {@code --strict}.
 */
public enum Severity {
    ERROR,
    WARNING
}
