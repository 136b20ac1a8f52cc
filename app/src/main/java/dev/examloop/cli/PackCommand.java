package dev.examloop.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.examloop.content.CatalogEntry;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.LintResult;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.PackDirectory;
import dev.examloop.core.pack.PackReader;
import dev.examloop.core.pack.Problem;
import dev.examloop.core.pack.Strictness;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code examloop pack lint|list}. */
@Command(
        name = "pack",
        mixinStandardHelpOptions = true,
        description = "Check and list exam packs.",
        subcommands = {PackCommand.Lint.class, PackCommand.ListPacks.class})
public final class PackCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "lint",
            mixinStandardHelpOptions = true,
            description =
                    "Check a pack folder (or a folder of packs) and report every problem with file, line and field, "
                            + "then a summary of each bank.")
    static final class Lint implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--strict",
                description = "Treat the quality findings (distribution, coverage, length cues, "
                        + "links, reviews) as errors, as the bundled packs must pass.")
        boolean strict;

        @Parameters(paramLabel = "PATH", description = "A pack folder (with pack.yaml) or a folder of pack folders.")
        Path path;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isDirectory(path)) {
                err.println("examloop pack lint: " + path + " is not a folder");
                return 2;
            }
            List<Path> packs = packFolders(path);
            if (packs.isEmpty()) {
                err.println(
                        "examloop pack lint: " + path + " holds no pack.yaml, neither itself nor in a folder below it");
                return 2;
            }
            int errors = 0;
            Strictness strictness = strict ? Strictness.STRICT : Strictness.NORMAL;
            for (Path folder : packs) {
                String display = folder.toString();
                LintResult result = new PackReader().read(display, PackDirectory.files(folder, display), strictness);
                result.problems().forEach(p -> out.println(p));
                errors += result.errors().size();
                int warnings = result.warnings().size();
                String warned = warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning)" : " warnings)");
                if (result.ok()) {
                    Pack pack = result.pack().orElseThrow();
                    out.println(display + ": " + pack.code() + " is fine" + warned + ": "
                            + pack.questions().size() + " questions, " + perDomain(pack));
                } else {
                    int count = result.errors().size();
                    out.println(count + (count == 1 ? " problem" : " problems") + " in " + display + warned
                            + " — the pack will not be loaded until they are fixed");
                }
                result.summary()
                        .ifPresent(summary -> LintSummaryText.lines(summary).forEach(l -> out.println("  " + l)));
            }
            return errors == 0 ? 0 : 1;
        }

        private static List<Path> packFolders(Path path) {
            if (Files.isRegularFile(path.resolve("pack.yaml"))) {
                return List.of(path);
            }
            try (Stream<Path> children = Files.list(path)) {
                return children.filter(c -> Files.isRegularFile(c.resolve("pack.yaml")))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description =
                    "List the packs Examloop knows (bundled and under DATA/packs) with their questions per domain.")
    static final class ListPacks implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: ~/.examloop).")
        Path data;

        @Override
        public Integer call() throws IOException {
            PackCatalog catalog = PackCatalog.load(data == null ? ExamloopCommand.defaultDataDir() : data);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(catalog.entries().stream()
                                .map(ListPacks::asJson)
                                .toList()));
                return 0;
            }
            for (CatalogEntry entry : catalog.entries()) {
                if (entry.pack().isPresent()) {
                    Pack pack = entry.pack().get();
                    out.printf(
                            "%-10s %-55s %-8s %4d questions  %s%n",
                            pack.code(),
                            pack.blueprint().title(),
                            pack.blueprint().retired() ? "retired" : "active",
                            pack.questions().size(),
                            perDomain(pack));
                } else {
                    out.printf(
                            "%-10s broken (%d problems, run examloop pack lint on %s)%n",
                            entry.name(), entry.problems().size(), entry.origin());
                }
            }
            return 0;
        }

        private static Map<String, Object> asJson(CatalogEntry entry) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", entry.name());
            json.put("origin", entry.origin());
            json.put("loaded", entry.loaded());
            entry.pack().ifPresent(pack -> {
                json.put("code", pack.code());
                json.put("title", pack.blueprint().title());
                json.put("version", pack.blueprint().version());
                json.put("status", pack.blueprint().retired() ? "retired" : "active");
                json.put(
                        "retiredOn",
                        pack.blueprint().retiredOn() == null
                                ? null
                                : pack.blueprint().retiredOn().toString());
                json.put("questionCount", pack.questions().size());
                List<Map<String, Object>> domains = new ArrayList<>();
                Map<String, Long> counts = pack.questionCountByDomain();
                for (Domain domain : pack.blueprint().domains()) {
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("id", domain.id());
                    d.put("title", domain.title());
                    d.put("weight", domain.weight());
                    d.put("questions", counts.get(domain.id()));
                    domains.add(d);
                }
                json.put("domains", domains);
            });
            json.put(
                    "problems", entry.problems().stream().map(Problem::toString).toList());
            return json;
        }
    }

    static String perDomain(Pack pack) {
        List<String> parts = new ArrayList<>();
        pack.questionCountByDomain().forEach((domain, count) -> parts.add("D" + domain + " " + count));
        return String.join(", ", parts);
    }
}
