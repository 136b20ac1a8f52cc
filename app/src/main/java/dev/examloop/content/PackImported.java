package dev.examloop.content;

/**
 * A user pack was written by an import and the {@link PackCatalog} reloaded: modules that keep something of every
 * pack (the search index of questions) bring theirs up to date.
 *
 * @param code the pack's code
 * @param questions how many questions the pack has now
 */
public record PackImported(String code, int questions) {}
