package dev.examloop.core.interchange;

import dev.examloop.core.pack.LintResult;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.PackFile;
import dev.examloop.core.pack.PackReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The formats the core reads and writes, and an import worked out in memory: read, assembled into pack files and
 * linted, before anything is written. The Anki package ({@link Format#APKG}) is read and written by the application,
 * which has SQLite; it passes its {@link QuestionFormat} in.
 */
public final class Interchange {
    private final Map<Format, QuestionFormat> formats;

    public Interchange(List<QuestionFormat> extra) {
        List<QuestionFormat> all = new ArrayList<>(List.of(
                new GiftFormat(),
                new AikenFormat(),
                new MoodleXmlFormat(),
                new QtiFormat(),
                new CsvFormat(),
                new AnkiTextFormat(),
                new ExamSimulatorFormat()));
        all.addAll(extra);
        this.formats = all.stream().collect(Collectors.toMap(QuestionFormat::format, Function.identity(), (a, b) -> b));
    }

    public Interchange() {
        this(List.of());
    }

    public Optional<QuestionFormat> format(Format format) {
        return Optional.ofNullable(formats.get(format));
    }

    /** Reads {@code source} in {@code format}, or in the format its content shows when none is given. */
    public Bank read(ImportSource source, Optional<Format> format) {
        if (source.size() > ImportSource.MAX_BYTES) {
            throw new ImportRefusal(
                    source.name(),
                    0,
                    "is larger than " + ImportSource.MAX_BYTES / (1024 * 1024) + " MB; split it into smaller files");
        }
        Format chosen = format.orElseGet(() -> FormatDetection.detect(source));
        QuestionFormat reader = format(chosen)
                .orElseThrow(
                        () -> new ImportRefusal(source.name(), 0, "Examloop cannot read " + chosen.title() + " here"));
        return reader.read(source);
    }

    /**
     * An import worked out and checked but not written: the pack files the bank makes (added to {@code existing}, an
     * imported pack, when given) and what the pack linter says of them. The files are to be written only when
     * {@link LintResult#ok()}.
     */
    public record Plan(Bank bank, List<PackFile> files, LintResult lint) {}

    public Plan plan(Bank bank, String fileName, ImportSettings settings, Pack existing) {
        if (bank.questions().isEmpty()) {
            return new Plan(bank, List.of(), new LintResult(settings.code(), Optional.empty(), List.of()));
        }
        List<PackFile> files = PackAssembler.files(bank, fileName, settings, existing);
        List<PackFile> named = files.stream()
                .map(f -> new PackFile(settings.code() + "/" + f.relativePath(), f.relativePath(), f.text()))
                .toList();
        LintResult lint = new PackReader().read(settings.code(), named);
        return new Plan(bank, files, lint);
    }
}
