package dev.examloop.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.examloop.content.PackCatalog;
import dev.examloop.content.interchange.PackImports;
import dev.examloop.core.interchange.Bank;
import dev.examloop.core.interchange.Format;
import dev.examloop.core.interchange.ImportRefusal;
import dev.examloop.core.interchange.ImportSettings;
import dev.examloop.core.interchange.ImportSource;
import dev.examloop.core.interchange.Interchange;
import dev.examloop.core.interchange.Skipped;
import dev.examloop.core.pack.Problem;
import dev.examloop.review.AnkiDecks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code examloop import FILE}: a question bank from another tool into a user pack (docs/interchange.md); an Anki
 * deck into review cards. Malformed input is refused whole with {@code file:line: message} and nothing is written.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import questions (GIFT, Aiken, Moodle XML, QTI 2.1, CSV, exam-simulator JSON) into a user pack, "
                + "or Anki notes into review cards.")
public final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "F",
            description = "The file's format (default: told from its content): ${COMPLETION-CANDIDATES}")
    String format;

    @Option(
            names = "--pack",
            paramLabel = "CODE",
            description = "The user pack to import into; made when absent (default: from the file name).")
    String pack;

    @Option(names = "--dry-run", description = "Read and check, show what would come in, write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the outcome as JSON.")
    boolean json;

    @Option(
            names = "--encoding",
            paramLabel = "E",
            description = "The text encoding (default: detected): utf-8, utf-16, latin1, …")
    String encoding;

    @Option(names = "--title", description = "The new pack's title.")
    String title;

    @Option(
            names = "--domain",
            paramLabel = "TITLE",
            description = "Put every question in this one domain instead of one domain per category.")
    String domain;

    @Option(
            names = "--questions",
            paramLabel = "N",
            description = "Questions in a mock of the pack (default: the bank's size, at most 65).")
    Integer questionCount;

    @Option(
            names = "--minutes",
            paramLabel = "N",
            description = "Time limit of a mock (default: 2 minutes a question).")
    Integer minutes;

    @Option(names = "--passing", paramLabel = "PERCENT", description = "Passing score in percent (default 70).")
    Integer passing;

    @CommandLine.Mixin
    RevlogCommand.Storage storage = new RevlogCommand.Storage();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("examloop import: " + file + " is not a file");
            return 2;
        }
        Optional<Format> chosen = Optional.empty();
        if (format != null) {
            chosen = Format.fromWord(format);
            if (chosen.isEmpty()) {
                err.println("examloop import: --format " + format + " is none of " + Format.allWords());
                return 2;
            }
        }
        ImportSource source = ImportSource.of(file);
        if (encoding != null) {
            try {
                source = source.withEncoding(
                        Charset.forName(encoding.equalsIgnoreCase("latin1") ? "ISO-8859-1" : encoding));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                err.println("examloop import: --encoding " + encoding
                        + " is not an encoding Java knows (utf-8, utf-16, latin1, …)");
                return 2;
            }
        }
        Path dataDir = (storage.data == null ? ExamloopCommand.defaultDataDir() : storage.data).toAbsolutePath();
        Interchange interchange = new Interchange(List.of(new dev.examloop.content.interchange.ApkgFormat()));
        try {
            Bank peek = null;
            Format detected =
                    chosen.orElseGet(() -> dev.examloop.core.interchange.FormatDetection.detect(ImportSource.of(file)));
            if (detected == Format.ANKI_TEXT || detected == Format.APKG) {
                peek = interchange.read(source, Optional.of(detected));
                return importDeck(peek, out);
            }
            String code =
                    pack != null ? pack : PackImports.codeFor(file.getFileName().toString());
            ImportSettings settings = new ImportSettings(
                    code, title, null, domain, questionCount, minutes, passing, LocalDate.now(ZoneId.systemDefault()));
            PackCatalog catalog = PackCatalog.load(dataDir);
            PackImports.Outcome outcome = new PackImports(dataDir, interchange)
                    .importFile(source, Optional.of(detected), settings, catalog, dryRun);
            report(outcome, out, err);
            if (outcome.questions() == 0) {
                err.println("examloop import: " + file + " has no question Examloop can take ("
                        + outcome.bank().skipped().size() + " skipped); nothing was written");
                return 1;
            }
            return 0;
        } catch (ImportRefusal refusal) {
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(Map.of("error", refusal.getMessage())));
            }
            err.println(refusal.getMessage());
            err.println("nothing was imported");
            return 1;
        } catch (UncheckedIOException e) {
            err.println("examloop import: " + e.getMessage());
            return 1;
        }
    }

    private void report(PackImports.Outcome outcome, PrintWriter out, PrintWriter err) throws IOException {
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("format", outcome.bank().format().word());
            result.put("questions", outcome.questions());
            result.put("skipped", skipped(outcome.bank().skipped()));
            result.put("pack", outcome.questions() == 0 ? null : outcome.packCode());
            if (dryRun) {
                result.put("dryRun", true);
            }
            result.put(
                    "warnings",
                    outcome.warnings().stream().map(Problem::toString).toList());
            out.println(new ObjectMapper().writeValueAsString(result));
            return;
        }
        Bank bank = outcome.bank();
        out.println((dryRun ? "Would import " : outcome.questions() == 0 ? "Found " : "Imported ") + outcome.questions()
                + " question" + (outcome.questions() == 1 ? "" : "s") + " from " + file.getFileName() + " ("
                + bank.format().title() + ")"
                + (outcome.questions() == 0
                        ? ""
                        : " into pack " + outcome.packCode() + (dryRun ? "" : " (" + outcome.folder() + ")")));
        if (!bank.skipped().isEmpty()) {
            out.println("Skipped " + bank.skipped().size() + ":");
            for (Skipped s : bank.skipped()) {
                out.println("  line " + s.line() + ": " + s.type() + ": " + s.reason());
            }
        }
        if (!outcome.warnings().isEmpty()) {
            err.println(outcome.warnings().size() + " lint warning(s) for the new pack (it loads all the same):");
            outcome.warnings().stream().limit(20).forEach(w -> err.println("  " + w));
        }
    }

    private static List<Map<String, Object>> skipped(List<Skipped> skipped) {
        return skipped.stream()
                .map(s -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("line", s.line());
                    m.put("type", s.type());
                    m.put("reason", s.reason());
                    return m;
                })
                .toList();
    }

    /** Anki notes become review cards, and an .apkg's review history review log, in the database. */
    private int importDeck(Bank bank, PrintWriter out) throws IOException {
        if (dryRun) {
            return reportDeck(
                    bank,
                    new AnkiDecks.Summary(
                            bank.flashcards().size(), bank.reviews().size(), 0),
                    out);
        }
        AnkiDecks.Summary summary = storage.with(
                AnkiDecks.class, decks -> decks.importDeck(file.getFileName().toString(), bank));
        return reportDeck(bank, summary, out);
    }

    private int reportDeck(Bank bank, AnkiDecks.Summary summary, PrintWriter out) throws IOException {
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("format", bank.format().word());
            result.put("questions", 0);
            result.put("cards", summary.cards());
            result.put("reviews", summary.reviews());
            result.put("skipped", skipped(bank.skipped()));
            result.put("pack", null);
            if (dryRun) {
                result.put("dryRun", true);
            }
            out.println(new ObjectMapper().writeValueAsString(result));
        } else {
            out.println((dryRun ? "Would import " : "Imported ") + summary.cards() + " notes of " + file.getFileName()
                    + " ("
                    + bank.format().title() + ") as review cards"
                    + (summary.reviews() > 0 ? ", with " + summary.reviews() + " reviews of their history" : ""));
        }
        return 0;
    }
}
