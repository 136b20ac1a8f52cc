package dev.examloop.core.pack;

import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled packs under the repository's {@code packs/} folder, read from disk. */
final class TestPacksOnDisk {
    private TestPacksOnDisk() {}

    static Pack bundled(String code) {
        Path folder = Path.of("..", "packs", code);
        if (!Files.isDirectory(folder)) {
            folder = Path.of("packs", code);
        }
        LintResult result = new PackReader().read(code, PackDirectory.files(folder, "packs/" + code));
        return result.pack().orElseThrow(() -> new AssertionError(code + ": " + result.problems()));
    }
}
