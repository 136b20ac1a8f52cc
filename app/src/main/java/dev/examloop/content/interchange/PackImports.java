package dev.examloop.content.interchange;

import dev.examloop.content.PackCatalog;
import dev.examloop.core.interchange.Bank;
import dev.examloop.core.interchange.Format;
import dev.examloop.core.interchange.ImportRefusal;
import dev.examloop.core.interchange.ImportSettings;
import dev.examloop.core.interchange.ImportSource;
import dev.examloop.core.interchange.Interchange;
import dev.examloop.core.pack.LintResult;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.PackDirectory;
import dev.examloop.core.pack.PackFile;
import dev.examloop.core.pack.PackReader;
import dev.examloop.core.pack.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports question banks into user packs under {@code DATA/packs/CODE}: reads the file, works the pack out in
 * memory, lints it, and only then writes it, into a fresh folder moved into place, so that a failed import leaves
 * nothing behind and an existing pack is replaced whole. Importing into an existing pack adds to it when it was
 * imported too; a pack written by hand or a bundled pack's code is refused. Usable without the web application.
 */
public final class PackImports {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");

    private final Path dataDir;
    private final Interchange interchange;

    public PackImports(Path dataDir, Interchange interchange) {
        this.dataDir = dataDir;
        this.interchange = interchange;
    }

    /** What an import would do, or did: its bank, the pack it makes and the linter's findings. */
    public record Outcome(Bank bank, String packCode, Path folder, LintResult lint, boolean written) {
        public int questions() {
            return bank.questions().size();
        }

        public List<Problem> warnings() {
            return lint.warnings();
        }
    }

    /** A pack code from a file name: {@code moodle_questions.gift.txt} gives {@code MOODLE-QUESTIONS-GIFT}. */
    public static String codeFor(String fileName) {
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        StringBuilder code = new StringBuilder();
        for (char c : base.toUpperCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                code.append(c);
            } else if (!code.isEmpty() && code.charAt(code.length() - 1) != '-') {
                code.append('-');
            }
        }
        String s = code.toString();
        s = (s.length() > 48 ? s.substring(0, 48) : s).replaceAll("-+$", "");
        return s.isEmpty() ? "IMPORTED" : s;
    }

    /** Reads and plans; writes the pack unless {@code dryRun}. Malformed input throws {@link ImportRefusal}. */
    public Outcome importFile(
            ImportSource source,
            Optional<Format> format,
            ImportSettings settings,
            PackCatalog catalog,
            boolean dryRun) {
        String code = settings.code().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new ImportRefusal(
                    source.name(),
                    0,
                    "'" + settings.code() + "' is not a pack code: capital letters, digits and '-', such as MY-BANK");
        }
        Bank bank = interchange.read(source, format);
        ImportSettings withCode = new ImportSettings(
                code,
                settings.title(),
                settings.vendor(),
                settings.domain(),
                settings.questionCount(),
                settings.durationMinutes(),
                settings.passingPercent(),
                settings.today());
        Path folder = dataDir.resolve("packs").resolve(code);
        Pack existing = existing(source.name(), code, folder, catalog);
        Interchange.Plan plan = interchange.plan(bank, source.name(), withCode, existing);
        if (bank.questions().isEmpty()) {
            return new Outcome(bank, code, folder, plan.lint(), false);
        }
        if (!plan.lint().ok()) {
            List<String> errors =
                    plan.lint().errors().stream().map(Problem::toString).toList();
            throw new ImportRefusal(
                    source.name(),
                    0,
                    "makes a pack the linter refuses, so nothing was written: "
                            + String.join("; ", errors.subList(0, Math.min(5, errors.size()))));
        }
        if (!dryRun) {
            write(folder, plan.files());
        }
        return new Outcome(bank, code, folder, plan.lint(), !dryRun);
    }

    private Pack existing(String file, String code, Path folder, PackCatalog catalog) {
        boolean bundled = catalog.entries().stream()
                .anyMatch(e -> e.origin().equals("bundled")
                        && e.pack().map(p -> p.code().equals(code)).orElse(false));
        if (bundled) {
            throw new ImportRefusal(
                    file, 0, code + " is the code of a bundled pack; import under another pack code (--pack)");
        }
        if (!Files.isRegularFile(folder.resolve("pack.yaml"))) {
            return null;
        }
        LintResult current = new PackReader().read(code, PackDirectory.files(folder, folder.toString()));
        Pack pack = current.pack()
                .orElseThrow(() -> new ImportRefusal(
                        file,
                        0,
                        "pack " + code + " in " + folder + " does not load ("
                                + current.errors().size() + " problems); fix or remove it first"));
        if (!pack.blueprint().imported()) {
            throw new ImportRefusal(
                    file,
                    0,
                    "pack " + code + " in " + folder
                            + " was written as a pack, not imported; import under another pack code (--pack)");
        }
        return pack;
    }

    /** Writes the files into a new folder beside the target, then moves it into place (replacing the old one). */
    static void write(Path folder, List<PackFile> files) {
        Path parent = folder.getParent();
        String token = UUID.randomUUID().toString().substring(0, 8);
        Path fresh = parent.resolve("." + folder.getFileName() + ".importing-" + token);
        Path old = parent.resolve("." + folder.getFileName() + ".replaced-" + token);
        try {
            Files.createDirectories(fresh);
            for (PackFile file : files) {
                Path target = fresh.resolve(file.relativePath());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.text(), StandardCharsets.UTF_8);
            }
            boolean replacing = Files.exists(folder);
            if (replacing) {
                move(folder, old);
            }
            move(fresh, folder);
            if (replacing) {
                deleteTree(old);
            }
        } catch (IOException e) {
            deleteQuietly(fresh);
            throw new UncheckedIOException("could not write the pack to " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path tree) {
        try {
            deleteTree(tree);
        } catch (IOException ignored) {
            // the half-written folder starts with '.', which the catalog does not read
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
