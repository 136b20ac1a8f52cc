package dev.examloop.content;

import dev.examloop.common.ClientProblem;
import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/packs}: the packs, their blueprints and question counts per domain. */
@RestController
@RequestMapping("/api/packs")
@Tag(name = "Packs", description = "Exam packs and their blueprints")
class PackApi {
    private final PackCatalog catalog;

    PackApi(PackCatalog catalog) {
        this.catalog = catalog;
    }

    record DomainSummary(String id, String title, int weight, long questions, List<String> tasks) {}

    record PackSummary(
            String code,
            String title,
            String vendor,
            String version,
            String status,
            String retiredOn,
            String notice,
            int durationMinutes,
            int questionCount,
            int scoredCount,
            int scaleMin,
            int scaleMax,
            int passingScore,
            List<String> questionTypes,
            int bankSize,
            List<DomainSummary> domains) {}

    record BrokenPack(String name, String origin, List<String> problems) {}

    record Packs(List<PackSummary> packs, List<BrokenPack> broken) {}

    @GetMapping
    @Operation(summary = "The loaded packs, and the broken ones with their problems")
    Packs list() {
        List<BrokenPack> broken = catalog.entries().stream()
                .filter(e -> !e.loaded())
                .map(e -> new BrokenPack(
                        e.name(),
                        e.origin(),
                        e.problems().stream().map(Problem::toString).toList()))
                .toList();
        return new Packs(catalog.packs().stream().map(PackApi::summary).toList(), broken);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One pack's blueprint and bank size")
    PackSummary one(@PathVariable String code) {
        return catalog.find(code)
                .map(PackApi::summary)
                .orElseThrow(() -> new ClientProblem(
                        404,
                        "unknown-pack",
                        "pack '" + code + "' is not loaded; loaded packs: " + catalog.knownCodes()));
    }

    static PackSummary summary(Pack pack) {
        var b = pack.blueprint();
        var counts = pack.questionCountByDomain();
        List<DomainSummary> domains = b.domains().stream()
                .map((Domain d) -> new DomainSummary(
                        d.id(),
                        d.title(),
                        d.weight(),
                        counts.get(d.id()),
                        d.tasks().stream().map(t -> t.id() + " " + t.title()).toList()))
                .toList();
        return new PackSummary(
                b.code(),
                b.title(),
                b.vendor(),
                b.version(),
                b.retired() ? "retired" : "active",
                b.retiredOn() == null ? null : b.retiredOn().toString(),
                b.notice(),
                b.exam().durationMinutes(),
                b.exam().questionCount(),
                b.exam().scoredCount(),
                b.exam().scaleMin(),
                b.exam().scaleMax(),
                b.exam().passingScore(),
                b.exam().questionTypes().stream().map(t -> t.word()).sorted().toList(),
                pack.questions().size(),
                domains);
    }
}
