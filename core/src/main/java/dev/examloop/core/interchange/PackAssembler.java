package dev.examloop.core.interchange;

import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.PackFile;
import dev.examloop.core.pack.Question;
import dev.examloop.core.pack.QuestionType;
import dev.examloop.core.pack.Target;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Makes the files of a user pack (docs/pack-format.md) from imported questions, and from the questions of the
 * imported pack they are added to, if any: one domain per category (or the one domain the settings name) with one
 * task, weights in proportion to the questions, ids {@code <code>-0001} onwards, tags made pack-safe (a question
 * without any gets its category's), and {@code importedFrom} in {@code pack.yaml}.
 */
public final class PackAssembler {
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final int MAX_DOMAINS = 100;

    private PackAssembler() {}

    /** The pack's files (paths relative to its folder) for {@code bank} added to {@code existing} (or none). */
    public static List<PackFile> files(Bank bank, String fileName, ImportSettings settings, Pack existing) {
        String code = settings.code();
        String prefix = Ids.slug(code, "q");
        Map<String, List<Question>> byCategory = new LinkedHashMap<>();
        int next = 1;
        if (existing != null) {
            for (Question q : existing.questions()) {
                String title = existing.blueprint()
                        .domain(q.domain())
                        .map(Domain::title)
                        .orElse("General");
                byCategory.computeIfAbsent(title, t -> new ArrayList<>()).add(q);
                next = Math.max(next, number(q.id(), prefix) + 1);
            }
        }
        for (ImportedQuestion imported : bank.questions()) {
            String category =
                    settings.domainOverride().orElse(imported.category().isBlank() ? "General" : imported.category());
            String id = String.format(Locale.ROOT, "%s-%04d", prefix, next++);
            byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(question(id, imported, category));
        }
        if (byCategory.size() > MAX_DOMAINS) {
            byCategory = topLevel(byCategory);
        }
        if (byCategory.size() > MAX_DOMAINS) {
            throw new ImportRefusal(
                    fileName,
                    0,
                    "has " + byCategory.size() + " top-level categories; a pack has at most " + MAX_DOMAINS
                            + " domains (import with --domain to put every question in one)");
        }
        return assemble(bank, fileName, settings, existing, byCategory);
    }

    private static List<PackFile> assemble(
            Bank bank,
            String fileName,
            ImportSettings settings,
            Pack existing,
            Map<String, List<Question>> byCategory) {
        List<String> titles = new ArrayList<>(byCategory.keySet());
        List<Integer> weights =
                weights(titles.stream().map(t -> byCategory.get(t).size()).toList());
        int total = byCategory.values().stream().mapToInt(List::size).sum();
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        byCategory.values().forEach(qs -> qs.forEach(q -> types.add(q.type())));
        int questionCount = settings.questionCount() != null ? settings.questionCount() : Math.min(total, 65);
        questionCount = Math.max(1, Math.min(questionCount, 500));
        int duration =
                settings.durationMinutes() != null ? settings.durationMinutes() : Math.min(24 * 60, questionCount * 2);
        int passing = settings.passingPercent() != null ? settings.passingPercent() : 70;

        Map<String, Object> blueprint = new LinkedHashMap<>();
        blueprint.put("format", "examloop-pack/1");
        blueprint.put("code", settings.code());
        blueprint.put(
                "title",
                settings.title() != null
                        ? settings.title()
                        : existing != null ? existing.blueprint().title() : "Imported from " + fileName);
        blueprint.put(
                "vendor",
                settings.vendor() != null
                        ? settings.vendor()
                        : existing != null ? existing.blueprint().vendor() : "Imported");
        blueprint.put("version", settings.today().toString());
        blueprint.put("versionDate", settings.today().toString());
        blueprint.put("licence", existing != null ? existing.blueprint().licence() : "NOASSERTION");
        blueprint.put("status", "active");
        String from = bank.format().title() + " file " + fileName;
        blueprint.put(
                "importedFrom",
                existing != null && existing.blueprint().imported()
                        ? existing.blueprint().importedFrom() + "; " + from
                        : from);
        Map<String, Object> exam = new LinkedHashMap<>();
        exam.put("durationMinutes", duration);
        exam.put("questionCount", questionCount);
        exam.put("scoredCount", questionCount);
        exam.put("scale", new LinkedHashMap<>(Map.of("min", 0, "max", 100)));
        exam.put("passingScore", passing);
        exam.put("questionTypes", types.stream().map(QuestionType::word).toList());
        blueprint.put("exam", exam);
        List<Object> domains = new ArrayList<>();
        List<PackFile> files = new ArrayList<>();
        for (int d = 0; d < titles.size(); d++) {
            String id = String.valueOf(d + 1);
            String title = titles.get(d);
            Map<String, Object> domain = new LinkedHashMap<>();
            domain.put("id", id);
            domain.put("title", title);
            domain.put("weight", weights.get(d));
            domain.put("tasks", List.of(new LinkedHashMap<>(Map.of("id", id + ".1", "title", title))));
            domains.add(domain);
            List<Object> questions = new ArrayList<>();
            for (Question q : byCategory.get(title)) {
                questions.add(yaml(q, id));
            }
            List<String> texts = new ArrayList<>();
            dumpInFiles(questions, texts);
            for (int part = 0; part < texts.size(); part++) {
                String name = String.format(
                        Locale.ROOT,
                        "questions/%03d-%s%s.yaml",
                        d + 1,
                        Ids.slug(title, "general"),
                        part == 0 ? "" : String.format(Locale.ROOT, "-%03d", part + 1));
                files.add(new PackFile(name, name, texts.get(part)));
            }
        }
        blueprint.put("domains", domains);
        files.addFirst(new PackFile(
                "pack.yaml", "pack.yaml", "# Examloop exam pack, imported (docs/interchange.md)\n" + dump(blueprint)));
        return files;
    }

    /** At most this many questions in one question file: a big bank is spread over several files. */
    static final int QUESTIONS_PER_FILE = 500;

    /**
     * At most this many characters in one question file, below the pack reader's limit per YAML file
     * (docs/pack-format.md): a file over it is split in two until each part fits, or holds one question.
     */
    static final int CHARACTERS_PER_FILE = 3_000_000;

    /** Dumps {@code questions} as one or more question files' texts, in order, each within the bounds above. */
    private static void dumpInFiles(List<Object> questions, List<String> texts) {
        if (questions.isEmpty()) {
            texts.add(dump(Map.of("questions", questions)));
            return;
        }
        for (int from = 0; from < questions.size(); from += QUESTIONS_PER_FILE) {
            dumpWithin(questions.subList(from, Math.min(questions.size(), from + QUESTIONS_PER_FILE)), texts);
        }
    }

    private static void dumpWithin(List<Object> questions, List<String> texts) {
        String text = dump(Map.of("questions", questions));
        if (text.length() <= CHARACTERS_PER_FILE || questions.size() <= 1) {
            texts.add(text); // one question over the bound is left to the linter, which names it
            return;
        }
        int half = questions.size() / 2;
        dumpWithin(questions.subList(0, half), texts);
        dumpWithin(questions.subList(half, questions.size()), texts);
    }

    private static Map<String, List<Question>> topLevel(Map<String, List<Question>> byCategory) {
        Map<String, List<Question>> merged = new LinkedHashMap<>();
        byCategory.forEach((title, qs) -> merged.computeIfAbsent(title.split("/", -1)[0], t -> new ArrayList<>())
                .addAll(qs));
        return merged;
    }

    private static int number(String id, String prefix) {
        if (!id.startsWith(prefix + "-")) {
            return 0;
        }
        try {
            return Integer.parseInt(id.substring(prefix.length() + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Question question(String id, ImportedQuestion q, String category) {
        Set<String> tags = new TreeSet<>();
        for (String tag : q.tags()) {
            String slug = TAG.matcher(tag).matches() ? tag : Ids.slug(tag, "");
            if (!slug.isEmpty()) {
                tags.add(slug);
            }
        }
        if (tags.isEmpty()) {
            // The last named segment: a trailing "/" names none.
            String[] parts = category.replaceAll("/+$", "").split("/", -1);
            tags.add(Ids.slug(parts[parts.length - 1], "imported"));
        }
        return new Question(
                id,
                q.type(),
                "",
                "",
                List.copyOf(tags),
                null,
                null,
                q.stem(),
                q.type() == QuestionType.MULTIPLE ? q.key().size() : null,
                q.options(),
                q.targets(),
                q.key(),
                q.explanation(),
                q.references(),
                "imported",
                null);
    }

    private static Map<String, Object> yaml(Question q, String domainId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("type", q.type().word());
        m.put("domain", domainId);
        m.put("task", domainId + ".1");
        m.put("tags", q.tags());
        m.put("stem", q.stem());
        if (q.type() == QuestionType.MULTIPLE) {
            m.put("choose", q.key().size());
        }
        List<Object> options = new ArrayList<>();
        for (Option o : q.options()) {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("id", o.id());
            option.put("text", o.text());
            if (o.why() != null && !o.why().isBlank()) {
                option.put("why", o.why());
            }
            options.add(option);
        }
        m.put("options", options);
        if (q.type() == QuestionType.MATCHING) {
            List<Object> targets = new ArrayList<>();
            for (Target t : q.targets()) {
                targets.add(new LinkedHashMap<>(Map.of("id", t.id(), "text", t.text())));
            }
            m.put("targets", targets);
            Map<String, Object> pairs = new LinkedHashMap<>();
            for (String pair : q.key()) {
                pairs.put(pair.substring(0, pair.indexOf(':')), pair.substring(pair.indexOf(':') + 1));
            }
            m.put("answer", pairs);
        } else {
            m.put("answer", q.key());
        }
        if (!q.explanation().isBlank()) {
            m.put("explanation", q.explanation());
        }
        if (!q.references().isEmpty()) {
            m.put("references", q.references());
        }
        m.put("source", q.source() == null || q.source().isBlank() ? "imported" : q.source());
        return m;
    }

    /** Largest-remainder shares of 100 in proportion to {@code counts}, each at least 1. */
    static List<Integer> weights(List<Integer> counts) {
        int n = counts.size();
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        int[] weights = new int[n];
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = (100.0 - n) * counts.get(i) / Math.max(1, total);
            weights[i] = 1 + (int) Math.floor(exact);
            remainders[i] = exact - Math.floor(exact);
            given += weights[i];
        }
        while (given < 100) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            weights[best]++;
            remainders[best] = -1;
            given++;
            if (java.util.Arrays.stream(remainders).allMatch(r -> r < 0)) {
                java.util.Arrays.fill(remainders, 0);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int w : weights) {
            out.add(w);
        }
        return out;
    }

    static String dump(Object document) {
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setWidth(120)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .build();
        return new Dump(settings).dumpToString(document);
    }
}
