/**
 * Exam packs: finds the bundled packs and those under the data folder, reads and lints them with the
 * core's pack reader, and publishes {@link dev.examloop.content.PackCatalog}, the loaded packs by code.
 * A pack with problems is never loaded; it is listed as broken with its problems.
 */
@ApplicationModule(allowedDependencies = {"common", "storage", "accounts"})
package dev.examloop.content;

import org.springframework.modulith.ApplicationModule;
