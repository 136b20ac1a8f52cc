package dev.examloop.notes;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.common.JsonLists;
import dev.examloop.common.Markdown;
import dev.examloop.common.Tag;
import dev.examloop.notes.internal.NoteLinks;
import dev.examloop.notes.internal.NoteStore;
import dev.examloop.search.DocumentChanged;
import dev.examloop.search.DocumentRemoved;
import dev.examloop.search.SearchDocument;
import dev.examloop.search.SearchIndex;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade of the notes module: the current account's notes, their links and backlinks. Every write
 * tells the search index what the note now says, in the same transaction.
 */
@Service
public class Notes {
    public static final String KIND = "note";
    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 100_000;
    static final int MAX_TAGS = 30;
    static final int MAX_LINKS = 200;

    /** The reflective template: the four questions a good note on a concept answers. */
    public static final String REFLECTIVE_TEMPLATE = """
            ## Why it matters


            ## Where it shows up in the exam


            ## What it depends on


            ## What limits it
            Edge cases and limits a question could exploit:

            """;

    private final NoteStore store;
    private final Accounts accounts;
    private final SearchIndex index;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Notes(NoteStore store, Accounts accounts, SearchIndex index, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.index = index;
        this.events = events;
        this.clock = clock;
    }

    public List<NoteSummary> list(String tag) {
        return store.list(accounts.currentAccountId(), tag == null || tag.isBlank() ? null : tag.strip()).stream()
                .map(n -> new NoteSummary(
                        n.id(),
                        n.number(),
                        n.title(),
                        n.domainId(),
                        JsonLists.read(n.tags()),
                        Instant.ofEpochMilli(n.updatedAt())))
                .toList();
    }

    public NoteView get(String id) {
        return view(row(id));
    }

    @Transactional
    public NoteView create(NoteForm form) {
        Checked c = check(form);
        String account = accounts.currentAccountId();
        long now = clock.millis();
        NoteStore.NoteRow row = new NoteStore.NoteRow(
                Ids.newId(),
                account,
                store.nextNumber(account),
                c.title(),
                c.body(),
                c.domainId(),
                JsonLists.write(c.tags()),
                now,
                now);
        store.insert(row);
        return saved(row, c);
    }

    @Transactional
    public NoteView update(String id, NoteForm form) {
        NoteStore.NoteRow old = row(id);
        Checked c = check(form);
        NoteStore.NoteRow row = new NoteStore.NoteRow(
                old.id(),
                old.accountId(),
                old.number(),
                c.title(),
                c.body(),
                c.domainId(),
                JsonLists.write(c.tags()),
                old.createdAt(),
                clock.millis());
        store.update(row);
        return saved(row, c);
    }

    @Transactional
    public void delete(String id) {
        String account = accounts.currentAccountId();
        if (!store.delete(account, id)) {
            throw ClientProblem.notFound("note " + id);
        }
        events.publishEvent(new DocumentRemoved(account, KIND, id));
    }

    /** The notes that link to something: a card, a question ({@code PACK/ID}), a resource or another note. */
    public List<LinkView> backlinks(String kind, String id) {
        if (!NoteLinks.KINDS.contains(kind)) {
            throw ClientProblem.badRequest(
                    "kind '" + kind + "' is not one of "
                            + String.join(
                                    ", ", NoteLinks.KINDS.stream().sorted().toList()),
                    List.of("kind"));
        }
        return store.linkingTo(accounts.currentAccountId(), kind, id).stream()
                .map(n -> new LinkView(KIND, n.id(), n.title(), "/notes/" + n.id()))
                .toList();
    }

    // ----- internals

    private NoteView saved(NoteStore.NoteRow row, Checked c) {
        List<NoteStore.LinkRow> links = new ArrayList<>();
        for (NoteLinks.Target t : c.links()) {
            if (!(t.kind().equals(KIND) && t.id().equals(row.id()))) {
                links.add(new NoteStore.LinkRow(row.id(), t.kind(), t.id()));
            }
        }
        store.replaceLinks(row.accountId(), row.id(), links);
        String html = Markdown.note(row.body());
        events.publishEvent(new DocumentChanged(new SearchDocument(
                row.accountId(),
                KIND,
                row.id(),
                row.title(),
                Jsoup.parseBodyFragment(html).text(),
                row.domainId(),
                c.tags(),
                NoteLinks.documentation(html),
                "/notes/" + row.id())));
        return view(row);
    }

    private NoteView view(NoteStore.NoteRow row) {
        List<LinkView> links = store.linksFrom(row.accountId(), row.id()).stream()
                .map(l -> describe(new NoteLinks.Target(l.targetKind(), l.targetId())))
                .toList();
        return new NoteView(
                row.id(),
                row.number(),
                row.title(),
                row.body(),
                Markdown.note(row.body()),
                row.domainId(),
                JsonLists.read(row.tags()),
                links,
                backlinks(KIND, row.id()),
                Instant.ofEpochMilli(row.createdAt()),
                Instant.ofEpochMilli(row.updatedAt()));
    }

    private LinkView describe(NoteLinks.Target t) {
        return index.describe(t.kind(), t.id())
                .map(d -> new LinkView(t.kind(), t.id(), d.title(), d.url()))
                .orElse(new LinkView(t.kind(), t.id(), t.kind() + " " + t.id(), NoteLinks.url(t)));
    }

    private NoteStore.NoteRow row(String id) {
        return store.find(accounts.currentAccountId(), id).orElseThrow(() -> ClientProblem.notFound("note " + id));
    }

    private record Checked(
            String title, String body, String domainId, List<String> tags, List<NoteLinks.Target> links) {}

    /** Checks a form and collects every problem at once. */
    private static Checked check(NoteForm form) {
        if (form == null) {
            throw ClientProblem.badRequest(
                    "a note needs at least a title: {\"title\":\"…\",\"body\":\"…\"}", List.of("title"));
        }
        List<String> problems = new ArrayList<>();
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            problems.add("title: is required");
        } else if (title.length() > MAX_TITLE) {
            problems.add("title: is " + title.length() + " characters, at most " + MAX_TITLE);
        }
        String body = form.body() == null ? "" : form.body().replace("\r\n", "\n");
        if (body.length() > MAX_BODY) {
            problems.add("body: is " + body.length() + " characters, at most " + MAX_BODY);
        }
        String domainId = form.domainId() == null || form.domainId().isBlank()
                ? null
                : form.domainId().strip();
        if (domainId != null && !domainId.matches("[A-Za-z0-9.-]{1,32}")) {
            problems.add("domainId: '" + domainId + "' is not a domain id such as 1 or 2");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : form.tags() == null ? List.<String>of() : form.tags()) {
            String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (!Tag.isTag(t)) {
                problems.add("tags: '" + tag + "' must be " + Tag.SHAPE_IN_WORDS);
            } else {
                tags.add(t);
            }
        }
        if (tags.size() > MAX_TAGS) {
            problems.add("tags: " + tags.size() + " tags, at most " + MAX_TAGS);
        }
        Set<NoteLinks.Target> links = new LinkedHashSet<>(NoteLinks.inHtml(Markdown.note(body)));
        for (String given : form.links() == null ? List.<String>of() : form.links()) {
            if (given == null || given.isBlank()) {
                continue;
            }
            NoteLinks.Target t = NoteLinks.parse(given);
            if (t == null) {
                problems.add("links: '" + given + "' is not kind:id (note:ID, card:ID, question:PACK/ID, resource:ID)");
            } else {
                links.add(t);
            }
        }
        if (links.size() > MAX_LINKS) {
            problems.add("links: " + links.size() + " links, at most " + MAX_LINKS);
        }
        if (!problems.isEmpty()) {
            throw ClientProblem.badRequest(
                    "the note has " + problems.size() + " problem(s): " + String.join("; ", problems),
                    problems.stream()
                            .map(p -> p.substring(0, p.indexOf(':')))
                            .distinct()
                            .toList());
        }
        return new Checked(title, body, domainId, List.copyOf(tags), List.copyOf(links));
    }
}
