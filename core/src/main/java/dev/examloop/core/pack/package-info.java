/**
 * The exam pack format ({@code examloop-pack/1}): the blueprint, questions, case-study scenarios and review
 * records as immutable records, and {@link dev.examloop.core.pack.PackReader}, which reads a pack's YAML files and
 * reports every problem with file, line and field. Once a pack reads cleanly, the reader runs the quality checks of
 * its bank — each a small rule (distribution, coverage, near-duplicate stems, length cues, key positions, links,
 * reviews) whose findings are errors or warnings by {@link dev.examloop.core.pack.Strictness} — and sums the bank
 * up in a {@link dev.examloop.core.pack.BankSummary}. Documented for authors in {@code docs/pack-format.md} and
 * {@code docs/content-guide.md}.
 */
package dev.examloop.core.pack;
