package dev.examloop.core;

import dev.examloop.core.pack.LintResult;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.PackDirectory;
import dev.examloop.core.pack.PackReader;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Fixture packs under {@code src/test/resources/packs}. */
public final class TestPacks {
    private TestPacks() {}

    public static Path folder(String name) {
        try {
            return Path.of(TestPacks.class.getResource("/packs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LintResult lint(String name) {
        return new PackReader().read(name, PackDirectory.files(folder(name), name));
    }

    public static Pack load(String name) {
        return lint(name).pack().orElseThrow(() -> new AssertionError(lint(name).problems()));
    }
}
