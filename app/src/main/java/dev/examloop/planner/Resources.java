package dev.examloop.planner;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.StarterResource;
import dev.examloop.planner.internal.ResourceStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of learning resources: courses, video series, documentation guides and the like, each with
 * sections and progress per section (not started, in progress, done, revisit). Sections marked "revisit"
 * form a queue that feeds the plan's review blocks; coming back to a section is counted.
 */
@Service
public class Resources {
    public static final List<String> STATUSES = List.of("not-started", "in-progress", "done", "revisit");

    private final ResourceStore store;
    private final dev.examloop.planner.internal.BlockStore blocks;
    private final Accounts accounts;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Resources(
            ResourceStore store,
            dev.examloop.planner.internal.BlockStore blocks,
            Accounts accounts,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.store = store;
        this.blocks = blocks;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    /** Keeps the search index in step: a resource is found by its title, its sections, its tags and its link. */
    private void indexed(String id) {
        ResourceView resource = get(id);
        events.publishEvent(new dev.examloop.search.DocumentChanged(new dev.examloop.search.SearchDocument(
                accounts.currentAccountId(),
                "resource",
                resource.id(),
                resource.title(),
                resource.type() + ". "
                        + String.join(
                                ". ",
                                resource.sections().stream()
                                        .map(ResourceView.Section::title)
                                        .toList()),
                resource.domains().size() == 1 ? resource.domains().getFirst() : null,
                resource.tags(),
                List.of(resource.url()),
                "/resources#resource-" + resource.id())));
    }

    public List<ResourceView> list() {
        return store.list(accounts.currentAccountId());
    }

    public ResourceView get(String id) {
        return list().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> ClientProblem.notFound("resource " + id));
    }

    @Transactional
    public ResourceView create(ResourceForm form) {
        List<String> problems = new ArrayList<>();
        if (form == null) {
            throw ClientProblem.badRequest("a resource needs type, title, url and sections", List.of());
        }
        if (form.type() == null || !StarterResource.TYPES.contains(form.type())) {
            problems.add(
                    "type: must be one of " + String.join(", ", StarterResource.TYPES) + ", not '" + form.type() + "'");
        }
        if (form.title() == null || form.title().isBlank() || form.title().length() > 300) {
            problems.add("title: is required (at most 300 characters)");
        }
        if (!isHttpUrl(form.url())) {
            problems.add("url: '" + form.url() + "' is not an http(s) URL with a host");
        } else if (form.url().length() > 2000) {
            problems.add("url: is " + form.url().length() + " characters long; at most 2000");
        }
        List<String> domains = Objects.requireNonNullElse(form.domains(), List.of());
        for (int i = 0; i < domains.size(); i++) {
            if (domains.get(i) == null
                    || domains.get(i).isBlank()
                    || domains.get(i).length() > 32) {
                problems.add("domains[" + i + "]: '" + domains.get(i) + "' is not a domain id (1 to 32 characters)");
            }
        }
        List<String> tags = Objects.requireNonNullElse(form.tags(), List.of());
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i) == null || tags.get(i).isBlank() || tags.get(i).length() > 64) {
                problems.add("tags[" + i + "]: '" + tags.get(i) + "' is not a tag (1 to 64 characters)");
            }
        }
        List<ResourceForm.Section> sections = Objects.requireNonNullElse(form.sections(), List.of());
        if (sections.isEmpty()) {
            problems.add("sections: at least one section (title and minutes) is required");
        }
        for (int i = 0; i < sections.size(); i++) {
            ResourceForm.Section s = sections.get(i);
            if (s == null
                    || s.title() == null
                    || s.title().isBlank()
                    || s.title().length() > 300) {
                problems.add("sections[" + i + "].title: is required (at most 300 characters)");
            }
            if (s != null && s.domain() != null && s.domain().length() > 32) {
                problems.add(
                        "sections[" + i + "].domain: '" + s.domain() + "' is not a domain id (1 to 32 characters)");
            }
            if (s == null || s.minutes() == null || s.minutes() < 1 || s.minutes() > 6000) {
                problems.add("sections[" + i + "].minutes: must be between 1 and 6000");
            }
        }
        if (!problems.isEmpty()) {
            throw ClientProblem.badRequest("the resource was not saved: " + problems.getFirst(), problems);
        }
        String account = accounts.currentAccountId();
        String id = Ids.newId();
        long now = clock.millis();
        store.insertResource(
                id,
                account,
                form.type(),
                form.title().strip(),
                form.url().strip(),
                domains,
                tags.stream().map(String::strip).toList(),
                null,
                now);
        for (int i = 0; i < sections.size(); i++) {
            ResourceForm.Section s = sections.get(i);
            store.insertSection(
                    Ids.newId(),
                    account,
                    id,
                    i + 1,
                    s.title().strip(),
                    s.minutes(),
                    s.domain() == null || s.domain().isBlank() ? null : s.domain(),
                    now);
        }
        indexed(id);
        return get(id);
    }

    @Transactional
    public void delete(String id) {
        blocks.forgetSectionsOf(accounts.currentAccountId(), id);
        if (!store.delete(accounts.currentAccountId(), id)) {
            throw ClientProblem.notFound("resource " + id);
        }
        events.publishEvent(new dev.examloop.search.DocumentRemoved(accounts.currentAccountId(), "resource", id));
    }

    /**
     * Sets a section's progress. Moving a section that was done or marked "revisit" back to in progress
     * counts as a return to it.
     */
    @Transactional
    public ResourceView.Section setStatus(String sectionId, String status) {
        if (status == null || !STATUSES.contains(status)) {
            throw ClientProblem.badRequest(
                    "status: must be one of " + String.join(", ", STATUSES) + ", not '" + status + "'",
                    List.of("status"));
        }
        String account = accounts.currentAccountId();
        ResourceView.Section section =
                store.section(account, sectionId).orElseThrow(() -> ClientProblem.notFound("section " + sectionId));
        boolean returning = status.equals("in-progress")
                && (section.status().equals("done") || section.status().equals("revisit"));
        store.updateSection(account, sectionId, status, section.returns() + (returning ? 1 : 0), clock.millis());
        return store.section(account, sectionId).orElseThrow();
    }

    /** Sets a section's progress if it still exists (its resource may have been removed since a block named it). */
    @Transactional
    public void setStatusIfPresent(String sectionId, String status) {
        if (store.section(accounts.currentAccountId(), sectionId).isPresent()) {
            setStatus(sectionId, status);
        }
    }

    /** Sections marked "revisit", oldest resource first: they feed the plan's review blocks. */
    public List<ResourceView.Section> revisitQueue() {
        return list().stream()
                .flatMap(r -> r.sections().stream())
                .filter(s -> s.status().equals("revisit"))
                .toList();
    }

    /** Adds the pack's starter resources the learner does not have yet (matched by link); returns how many. */
    @Transactional
    public int importStarter(Pack pack) {
        String account = accounts.currentAccountId();
        long now = clock.millis();
        int added = 0;
        for (StarterResource resource : pack.resources()) {
            if (store.hasStarter(account, pack.code(), resource.url())) {
                continue;
            }
            String id = Ids.newId();
            store.insertResource(
                    id,
                    account,
                    resource.type(),
                    resource.title(),
                    resource.url(),
                    resource.domains(),
                    resource.tags(),
                    pack.code(),
                    now);
            int position = 1;
            for (StarterResource.Section section : resource.sections()) {
                String domain = section.domain() != null
                        ? section.domain()
                        : resource.domains().size() == 1 ? resource.domains().getFirst() : null;
                store.insertSection(
                        Ids.newId(), account, id, position++, section.title(), section.minutes(), domain, now);
            }
            indexed(id);
            added++;
        }
        return added;
    }

    private static boolean isHttpUrl(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
