package dev.examloop.core.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads a pack's {@code resources.yaml} (docs/pack-format.md, "Starter resources"). */
final class StarterResourceReader {
    static final String FILE = "resources.yaml";
    private static final Set<String> FILE_FIELDS = Set.of("resources");
    private static final Set<String> RESOURCE_FIELDS = Set.of("type", "title", "url", "domains", "tags", "sections");
    private static final Set<String> SECTION_FIELDS = Set.of("title", "minutes", "domain");

    private StarterResourceReader() {}

    /** The resources of the file, or none when a problem was found (every problem is added to {@code problems}). */
    static List<StarterResource> read(YamlCursor root, @Nullable Blueprint blueprint, List<Problem> problems) {
        int before = problems.size();
        List<StarterResource> resources = new ArrayList<>();
        Map<String, YamlCursor> file = root.mapping(FILE_FIELDS);
        for (YamlCursor item : root.field(file, "resources").items()) {
            Map<String, YamlCursor> fields = item.mapping(RESOURCE_FIELDS);
            String type = item.field(fields, "type").requiredText().orElse("");
            if (!type.isEmpty() && !StarterResource.TYPES.contains(type)) {
                item.field(fields, "type")
                        .problem("must be one of " + String.join(", ", StarterResource.TYPES) + ", not '" + type + "'");
            }
            String title = item.field(fields, "title").requiredText(300).orElse("");
            String url = item.field(fields, "url").requiredHttpsUrl().orElse("");
            List<String> domains = domainIds(item.field(fields, "domains").items(), blueprint);
            List<String> tags = item.field(fields, "tags").items().stream()
                    .flatMap(t -> t.requiredText().stream())
                    .toList();
            List<StarterResource.Section> sections = new ArrayList<>();
            for (YamlCursor section : item.field(fields, "sections").items()) {
                Map<String, YamlCursor> s = section.mapping(SECTION_FIELDS);
                String sectionTitle =
                        section.field(s, "title").requiredText(300).orElse("");
                int minutes = section.field(s, "minutes").requiredInt(1, 6000).orElse(0);
                String domain = section.field(s, "domain").optionalText().orElse(null);
                if (domain != null) {
                    domainIds(List.of(section.field(s, "domain")), blueprint);
                }
                sections.add(new StarterResource.Section(sectionTitle, minutes, domain));
            }
            if (sections.isEmpty()) {
                item.field(fields, "sections").problem("needs at least one section (title and minutes)");
            }
            resources.add(new StarterResource(type, title, url, domains, tags, sections));
        }
        return problems.size() == before ? resources : List.of();
    }

    private static List<String> domainIds(List<YamlCursor> items, @Nullable Blueprint blueprint) {
        List<String> ids = new ArrayList<>();
        for (YamlCursor item : items) {
            item.requiredText().ifPresent(id -> {
                if (blueprint != null && blueprint.domains().stream().noneMatch(d -> d.id().equals(id))) {
                    item.problem("names domain '" + id + "', which the blueprint does not have");
                } else {
                    ids.add(id);
                }
            });
        }
        return ids;
    }
}
