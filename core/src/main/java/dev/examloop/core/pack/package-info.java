/**
 * The exam pack format ({@code examloop-pack/1}): the blueprint, questions and case-study scenarios as
 * immutable records, and {@link dev.examloop.core.pack.PackReader}, which reads a pack's YAML files and
 * reports every problem with file, line and field. Documented for authors in {@code docs/pack-format.md}.
 */
package dev.examloop.core.pack;
