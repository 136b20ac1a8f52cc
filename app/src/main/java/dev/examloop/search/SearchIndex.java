package dev.examloop.search;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.JsonLists;
import dev.examloop.search.internal.BundledQuestionsIndexed;
import dev.examloop.search.internal.DocumentStore;
import dev.examloop.search.internal.ParsedQuery;
import dev.examloop.search.internal.QueryParser;
import dev.examloop.search.internal.SearchEngine;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The facade of the search module: puts documents into the index and searches it for the current account
 * (its own documents and the shared pack content).
 */
@Service
public class SearchIndex {
    /** How many of the best matches the "where is this documented?" links are gathered from. */
    static final int DOCUMENTATION_FROM = 30;

    static final int DOCUMENTATION_LINKS = 5;

    private final SearchEngine engine;
    private final DocumentStore store;
    private final Accounts accounts;
    private final Clock clock;
    private final java.util.function.BooleanSupplier examInProgress;
    private final BundledQuestionsIndexed bundledQuestions;
    private final TransactionTemplate readOnly;

    static final String QUESTION_KIND = "question";

    /** How long a search made just after a start waits for the packs' questions to be indexed. */
    static final java.time.Duration QUESTIONS_WAIT = java.time.Duration.ofSeconds(20);

    @org.springframework.beans.factory.annotation.Autowired
    public SearchIndex(
            SearchEngine engine,
            DocumentStore store,
            Accounts accounts,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<QuestionGuard> guards,
            BundledQuestionsIndexed bundledQuestions,
            PlatformTransactionManager transactions) {
        this(
                engine,
                store,
                accounts,
                clock,
                () -> guards.stream().anyMatch(QuestionGuard::hidesQuestions),
                bundledQuestions,
                transactions);
    }

    SearchIndex(
            SearchEngine engine,
            DocumentStore store,
            Accounts accounts,
            Clock clock,
            java.util.function.BooleanSupplier examInProgress,
            BundledQuestionsIndexed bundledQuestions,
            PlatformTransactionManager transactions) {
        this.examInProgress = examInProgress;
        this.bundledQuestions = bundledQuestions;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.engine = engine;
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Adds or updates a document; unchanged documents are left as they are. */
    @Transactional
    public void put(SearchDocument document) {
        store.put(document, clock.millis());
    }

    @Transactional
    public void remove(String accountId, String kind, String refId) {
        store.remove(accountId, kind, refId);
    }

    /**
     * Makes the account's documents of one kind exactly {@code documents}: adds and updates them, removes the
     * others. Returns how many were added or changed.
     */
    @Transactional
    public int replaceAll(String accountId, String kind, Collection<SearchDocument> documents) {
        Set<String> kept = new HashSet<>();
        int changed = 0;
        long now = clock.millis();
        for (SearchDocument d : documents) {
            if (!d.accountId().equals(accountId) || !d.kind().equals(kind)) {
                throw new IllegalArgumentException("document " + d.kind() + ":" + d.refId() + " of account "
                        + d.accountId() + " is not a " + kind + " of " + accountId);
            }
            kept.add(d.refId());
            changed += store.put(d, now) ? 1 : 0;
        }
        for (String refId : store.refIds(accountId, kind)) {
            if (!kept.contains(refId)) {
                store.remove(accountId, kind, refId);
                changed++;
            }
        }
        return changed;
    }

    /** Searches the current account's and the shared documents. */
    public SearchResults search(SearchQuery query) {
        // Just after a start the packs' questions may still be going in (PackQuestionIndexer): wait for them,
        // before the search's transaction takes a connection (SQLite's pool has one, which the indexing needs).
        bundledQuestions.await(QUESTIONS_WAIT);
        return readOnly.execute(status -> searchNow(query));
    }

    private SearchResults searchNow(SearchQuery query) {
        String account = accounts.currentAccountId();
        ParsedQuery parsed = QueryParser.parse(query.text());
        SearchEngine.Filters filters = new SearchEngine.Filters(query.kind(), query.domain(), query.tag());
        if (parsed.isEmpty() && query.tag() == null && query.kind() == null && query.domain() == null) {
            return new SearchResults(query.text(), 0, false, Map.of(), List.of(), List.of(), false);
        }
        int wanted = Math.max(query.offset() + query.limit(), DOCUMENTATION_FROM);
        SearchEngine.Ranked ranked = parsed.isEmpty()
                ? new SearchEngine.Ranked(
                        store.latest(account, filters, wanted),
                        new SearchEngine.Counts(store.countLatest(account, filters), false))
                : engine.rankedAndCounted(account, parsed, filters, wanted);
        List<SearchEngine.Match> matches = ranked.matches();
        SearchEngine.Counts counts = ranked.counts();
        Map<String, Integer> kinds = new java.util.LinkedHashMap<>(counts.kinds());
        // In exam mode no key or explanation reaches the browser before submit: while a full mock is in progress,
        // questions (whose explanations are indexed) are left out of every search.
        boolean hideQuestions = examInProgress.getAsBoolean();
        if (hideQuestions) {
            kinds.remove(QUESTION_KIND);
        }
        int total = query.kind() == null
                ? kinds.values().stream().mapToInt(Integer::intValue).sum()
                : kinds.getOrDefault(query.kind(), 0);
        List<SearchResults.Hit> hits = matches.stream()
                .map(SearchIndex::hit)
                .filter(h -> !(hideQuestions && h.kind().equals(QUESTION_KIND)))
                .toList();
        List<SearchResults.Hit> page = hits.subList(
                Math.min(query.offset(), hits.size()), Math.min(query.offset() + query.limit(), hits.size()));
        return new SearchResults(
                query.text(),
                total,
                counts.capped(),
                kinds,
                parsed.isEmpty() ? List.of() : documentation(hits, parsed),
                List.copyOf(page),
                hideQuestions);
    }

    /** A document's title and address. */
    public record Described(String kind, String refId, String title, String url) {}

    /** The title and address of a document the current account sees, if the index has it. */
    public java.util.Optional<Described> describe(String kind, String refId) {
        return store.describe(accounts.currentAccountId(), kind, refId)
                .map(e -> new Described(kind, refId, e.getKey(), e.getValue()));
    }

    /** A tag and how many documents carry it. */
    public record TagCount(String tag, int documents) {}

    /** The tags of the current account's and the shared documents, most used first. */
    public List<TagCount> tags() {
        return store.tagCounts(accounts.currentAccountId()).stream()
                .map(e -> new TagCount(e.getKey(), e.getValue()))
                .toList();
    }

    /** The tags of every document the current account sees, keyed by {@code kind:refId}: the map's input. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> documentTags() {
        return store.documentTags(accounts.currentAccountId());
    }

    /**
     * Which state of the tags {@link #documentTags()} would read: the same value as long as no tag of the current
     * account's documents or of the shared documents has changed, on any application node. Read it before the
     * tags, so that what is kept under it is never older than it.
     */
    public record TagsVersion(String accountId, long own, long shared) {}

    @Transactional(readOnly = true)
    public TagsVersion tagsVersion() {
        String account = accounts.currentAccountId();
        long[] generations = store.tagGenerations(account);
        return new TagsVersion(account, generations[0], generations[1]);
    }

    private static SearchResults.Hit hit(SearchEngine.Match m) {
        return new SearchResults.Hit(
                m.kind(),
                m.refId(),
                m.title(),
                marked(m.markedTitle()),
                marked(m.markedSnippet()),
                m.domainId(),
                JsonLists.read(m.tags()),
                JsonLists.read(m.links()),
                m.url(),
                m.score());
    }

    /** Escapes the text for HTML and turns the engine's match marks into {@code <mark>} elements. */
    static String marked(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("[\\p{Cntrl}&&[^\\u0001\\u0002\\n\\t]]", "");
        return HtmlUtils.htmlEscape(clean)
                .replace(String.valueOf(SearchEngine.MARK_START), "<mark>")
                .replace(String.valueOf(SearchEngine.MARK_END), "</mark>");
    }

    /**
     * The documentation pages the best matches link to, each weighted by the rank of the matches citing it, and
     * first of all those whose address names what was searched for ({@code …/batch-transform.html} for "batch
     * transform").
     */
    static List<SearchResults.DocumentationLink> documentation(List<SearchResults.Hit> hits, ParsedQuery query) {
        List<String> wanted = new ArrayList<>();
        query.words().forEach(w -> wanted.add(w.text()));
        query.phrases().forEach(wanted::addAll);
        Map<String, double[]> byUrl = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(hits.size(), DOCUMENTATION_FROM); i++) {
            for (String link : hits.get(i).links()) {
                double[] score = byUrl.computeIfAbsent(link, l -> new double[] {10 * named(l, wanted), 0});
                score[0] += 1.0 / (i + 1);
                score[1]++;
            }
        }
        List<Map.Entry<String, double[]>> ranked = new ArrayList<>(byUrl.entrySet());
        ranked.sort(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0]));
        return ranked.stream()
                .limit(DOCUMENTATION_LINKS)
                .map(e -> new SearchResults.DocumentationLink(e.getKey(), titleOf(e.getKey()), (int) e.getValue()[1]))
                .toList();
    }

    /** The share of the searched words (by their first five letters, a crude stem) in the page's address. */
    static double named(String url, List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        String path = url.toLowerCase(Locale.ROOT);
        int slash = path.indexOf('/', path.indexOf("//") + 2);
        String address = slash < 0 ? "" : path.substring(slash);
        long found = words.stream()
                .filter(w -> address.contains(w.length() > 5 ? w.substring(0, 5) : w))
                .count();
        return (double) found / words.size();
    }

    /** A readable name for a documentation URL: its last path segment in words, and the site. */
    static String titleOf(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\.html?$", "");
            String words = last.replace('-', ' ').replace('_', ' ').strip();
            if (words.isEmpty() || words.equalsIgnoreCase("index")) {
                return uri.getHost() + path;
            }
            return Character.toUpperCase(words.charAt(0)) + words.substring(1).toLowerCase(Locale.ROOT) + " — "
                    + uri.getHost();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
