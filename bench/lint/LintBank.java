import dev.examloop.core.pack.LintResult;
import dev.examloop.core.pack.PackFile;
import dev.examloop.core.pack.PackReader;
import dev.examloop.core.pack.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lints a generated bank of N questions (default 20,000) with the pack reader, as `examloop pack lint` does, and
 * prints how long it took. Stems are 12 to 40 words from a 3,000-word vocabulary, most of them opening with one
 * of a few stock phrases (as real stems do: "Which of the following…"), and 1 % are near-duplicates of an earlier
 * stem with one word changed, which lint must report. Run by bench/lint-bank.sh.
 */
public class LintBank {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Random random = new Random(20261207);
        String[] vocabulary = new String[3000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + Integer.toString(i, 36);
        }
        String[] openings = {
            "which of the following", "a company wants to", "what should the team do to", "which solution meets",
            "a data scientist must"
        };
        List<String> stems = new ArrayList<>();
        List<PackFile> files = new ArrayList<>();
        long bytes = 0;
        StringBuilder yaml = new StringBuilder("questions:\n");
        int duplicates = 0;
        for (int i = 0; i < n; i++) {
            String stem;
            if (i > 10 && random.nextInt(100) == 0) {
                String[] words = stems.get(random.nextInt(stems.size())).split(" ");
                words[random.nextInt(words.length)] = vocabulary[random.nextInt(vocabulary.length)];
                stem = String.join(" ", words);
                duplicates++;
            } else {
                StringBuilder s = new StringBuilder(openings[random.nextInt(openings.length)]);
                for (int k = 12 + random.nextInt(29); k > 0; k--) {
                    s.append(' ').append(vocabulary[random.nextInt(vocabulary.length)]);
                }
                stem = s.toString();
            }
            stems.add(stem);
            yaml.append("  - id: q-").append(i).append('\n')
                    .append("    type: single\n    domain: \"1\"\n    task: \"1.1\"\n    tags: [bench]\n")
                    .append("    stem: \"").append(stem).append("?\"\n")
                    .append("    options:\n")
                    .append("      - {id: a, text: Option one ").append(i).append(", why: Because one.}\n")
                    .append("      - {id: b, text: Option two ").append(i).append(", why: Because two.}\n")
                    .append("      - {id: c, text: Option three ").append(i).append(", why: Because three.}\n")
                    .append("    answer: [").append("abc".charAt(i % 3)).append("]\n")
                    .append("    explanation: The explanation.\n")
                    .append("    references: [https://docs.aws.amazon.com/x/").append(i).append("]\n")
                    .append("    source: original\n");
            if ((i + 1) % 1000 == 0 || i + 1 == n) { // files of 1,000 questions, as authors split banks
                String name = String.format("questions/q%03d.yaml", files.size());
                files.add(new PackFile("BENCH-01/" + name, name, yaml.toString()));
                bytes += yaml.length();
                yaml = new StringBuilder("questions:\n");
            }
        }
        String blueprint = """
                format: examloop-pack/1
                code: BENCH-01
                title: Bench
                vendor: V
                version: "1"
                versionDate: 2026-01-01
                licence: CC-BY-4.0
                status: active
                exam: {durationMinutes: 10, questionCount: 65, scoredCount: 65, scale: {min: 100, max: 1000}, passingScore: 700, questionTypes: [single]}
                domains:
                  - {id: "1", title: D, weight: 100, tasks: [{id: "1.1", title: T}]}
                """;
        files.add(new PackFile("BENCH-01/pack.yaml", "pack.yaml", blueprint));
        long start = System.nanoTime();
        LintResult result = new PackReader().read("BENCH-01", files);
        long ms = (System.nanoTime() - start) / 1_000_000;
        long nearDuplicates = result.problems().stream()
                .map(Problem::toString)
                .filter(p -> p.contains("stem too like") || p.contains("same stem"))
                .count();
        result.problems().stream()
                .filter(p -> !(p.toString().contains("stem too like") || p.toString().contains("same stem")))
                .limit(3)
                .forEach(p -> System.out.println("other problem: " + p));
        System.out.printf(
                "lint of %d questions (%.1f MB of YAML): %d ms; %d near-duplicate stems reported (%d planted)%n",
                n, bytes / 1e6, ms, nearDuplicates, duplicates);
    }
}
