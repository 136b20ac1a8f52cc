package dev.examloop.core.pack;

/** A minimal valid blueprint as text, for tests that vary one question. */
final class TestPacksText {
    private TestPacksText() {}

    static String blueprint() {
        return """
                format: examloop-pack/1
                code: T-1
                title: T
                vendor: V
                version: "1"
                versionDate: 2026-01-01
                licence: CC-BY-4.0
                status: active
                exam: {durationMinutes: 10, questionCount: 5, scoredCount: 5, scale: {min: 0, max: 100}, passingScore: 70, questionTypes: [single, multiple, ordering, matching]}
                domains:
                  - {id: "1", title: D, weight: 100, tasks: [{id: "1.1", title: T}]}
                """;
    }
}
