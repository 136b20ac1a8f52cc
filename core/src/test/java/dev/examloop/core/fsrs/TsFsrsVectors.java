package dev.examloop.core.fsrs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The review histories replayed through ts-fsrs, from {@code fsrs/vectors.json} (made by {@code
 * generate-vectors.mjs}; see the README beside it). JSON is YAML, so snakeyaml-engine reads it.
 */
record TsFsrsVectors(String tsFsrsVersion, String fsrsVersion, List<Config> configs) {
    record Config(
            String name,
            List<Double> inputParameters,
            List<Double> parameters,
            double desiredRetention,
            List<Duration> learningSteps,
            List<Duration> relearningSteps,
            int maximumInterval,
            boolean enableFuzz,
            List<History> histories) {
        SchedulerSettings settings() {
            Parameters given = inputParameters == null ? Parameters.DEFAULT : new Parameters(inputParameters);
            return new SchedulerSettings(given, desiredRetention, learningSteps, relearningSteps, maximumInterval);
        }
    }

    record History(String name, Instant created, List<Review> reviews) {}

    /** One review: the card before it, the rating, and what ts-fsrs made of it. */
    record Review(
            Instant at,
            Rating rating,
            int stateBefore,
            int stepBefore,
            long elapsedDays,
            double retrievability,
            double reportedRetrievability,
            int stateAfter,
            int stepAfter,
            double stability,
            double difficulty,
            Instant due,
            long scheduledDays,
            List<Instant> previewDue) {}

    static TsFsrsVectors load() {
        try (InputStream in = TsFsrsVectors.class.getResourceAsStream("/fsrs/vectors.json")) {
            if (in == null) {
                throw new IllegalStateException("fsrs/vectors.json is missing from the test resources");
            }
            LoadSettings settings =
                    LoadSettings.builder().setCodePointLimit(32 * 1024 * 1024).build();
            TsFsrsVectors vectors = from(map(new Load(settings).loadFromInputStream(in)));
            // The differential tests loop over these: with none, they would compare nothing and pass.
            if (vectors.configs().isEmpty()
                    || vectors.configs().stream().anyMatch(c -> c.histories().isEmpty())) {
                throw new IllegalStateException("fsrs/vectors.json holds a configuration without histories, or none");
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TsFsrsVectors from(Map<String, Object> root) {
        return new TsFsrsVectors(
                (String) root.get("tsFsrsVersion"),
                (String) root.get("fsrsVersion"),
                list(root.get("configs")).stream().map(c -> config(map(c))).toList());
    }

    private static Config config(Map<String, Object> c) {
        Object input = c.get("inputParameters");
        return new Config(
                (String) c.get("name"),
                input == null ? null : doubles(input),
                doubles(c.get("parameters")),
                number(c.get("desiredRetention")),
                steps(c.get("learningSteps")),
                steps(c.get("relearningSteps")),
                (int) number(c.get("maximumInterval")),
                (Boolean) c.get("enableFuzz"),
                list(c.get("histories")).stream().map(h -> history(map(h))).toList());
    }

    private static History history(Map<String, Object> h) {
        return new History(
                (String) h.get("name"),
                Instant.parse((String) h.get("created")),
                list(h.get("reviews")).stream().map(r -> review(map(r))).toList());
    }

    private static Review review(Map<String, Object> r) {
        Map<String, Object> before = map(r.get("before"));
        Map<String, Object> after = map(r.get("after"));
        return new Review(
                Instant.parse((String) r.get("at")),
                Rating.ofGrade((int) number(r.get("rating"))),
                (int) number(before.get("state")),
                (int) number(before.get("step")),
                (long) number(before.get("elapsedDays")),
                number(before.get("retrievability")),
                number(before.get("reportedRetrievability")),
                (int) number(after.get("state")),
                (int) number(after.get("step")),
                number(after.get("stability")),
                number(after.get("difficulty")),
                Instant.parse((String) after.get("due")),
                (long) number(after.get("scheduledDays")),
                list(r.get("previewDue")).stream()
                        .map(d -> Instant.parse((String) d))
                        .toList());
    }

    /** A ts-fsrs step such as "10m", "1h" or "1d". */
    static Duration step(String text) {
        long value = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 'm' -> Duration.ofMinutes(value);
            case 'h' -> Duration.ofHours(value);
            case 'd' -> Duration.ofDays(value);
            default -> throw new IllegalArgumentException("not a ts-fsrs step: " + text);
        };
    }

    private static List<Duration> steps(Object value) {
        return list(value).stream().map(s -> step((String) s)).toList();
    }

    private static List<Double> doubles(Object value) {
        return list(value).stream().map(TsFsrsVectors::number).toList();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
