/**
 * Interchange in the application: imports a question bank from another tool's format into a user pack (a folder
 * under {@code DATA/packs/}, in the pack format, linted before anything is written, written whole or not at all)
 * and exports a pack to any format. The readers and writers are the core's ({@code dev.examloop.core.interchange});
 * this package adds the files, the catalog reload, the Anki package format (SQLite), the Import page and the export
 * downloads. Published as the content module's {@code interchange} interface.
 */
@org.springframework.modulith.NamedInterface("interchange")
package dev.examloop.content.interchange;
