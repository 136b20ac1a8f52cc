package dev.examloop.cli;

import dev.examloop.content.PackCatalog;
import dev.examloop.content.interchange.ApkgFormat;
import dev.examloop.content.interchange.PackExports;
import dev.examloop.core.interchange.Format;
import dev.examloop.core.interchange.Interchange;
import dev.examloop.core.interchange.QuestionFormat;
import dev.examloop.core.pack.Pack;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code examloop export --pack CODE --format F --out FILE}: a pack in another tool's format. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Write a pack as GIFT, Aiken, Moodle XML, a QTI 2.1 package, CSV, an Anki .apkg or exam-simulator JSON.")
public final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--pack", required = true, paramLabel = "CODE", description = "The pack to export.")
    String pack;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "F",
            description = "gift, aiken, moodle-xml, qti, csv, apkg or exam-simulator.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: ~/.examloop).")
    Path data;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Format> chosen = Format.fromWord(format).filter(f -> f != Format.ANKI_TEXT);
        if (chosen.isEmpty()) {
            err.println("examloop export: --format " + format
                    + " is none of gift, aiken, moodle-xml, qti, csv, apkg, exam-simulator");
            return 2;
        }
        PackCatalog catalog = PackCatalog.load(data == null ? ExamloopCommand.defaultDataDir() : data);
        Optional<Pack> found = catalog.find(pack);
        if (found.isEmpty()) {
            err.println("examloop export: pack '" + pack + "' is not loaded; loaded packs: " + catalog.knownCodes());
            return 1;
        }
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        List<QuestionFormat.LeftOut> leftOut;
        try (OutputStream stream = Files.newOutputStream(partial)) {
            leftOut = new PackExports(new Interchange(List.of(new ApkgFormat())))
                    .export(found.get(), chosen.get(), stream);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            err.println("examloop export: " + e.getMessage());
            return 1;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        int written = found.get().questions().size() - leftOut.size();
        spec.commandLine()
                .getOut()
                .println("Wrote " + written + " questions of " + found.get().code() + " to " + out + " ("
                        + chosen.get().title() + ")" + (leftOut.isEmpty() ? "" : "; left out " + leftOut.size() + ":"));
        leftOut.forEach(l -> spec.commandLine().getOut().println("  " + l.questionId() + ": " + l.reason()));
        return 0;
    }
}
