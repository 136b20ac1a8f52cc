/**
 * Search over everything: one full-text index of questions, notes, cards, post-mortem entries and (once the
 * planner feeds it) resources, kept in the database itself — SQLite FTS5 on the embedded default,
 * PostgreSQL full-text search in server mode — behind one interface chosen by the database in use.
 *
 * <p>Any module feeds the index by publishing {@link dev.examloop.search.DocumentChanged} or
 * {@link dev.examloop.search.DocumentRemoved} inside the transaction of its write (they are handled in it,
 * so the index never drifts from the data), or by calling {@link dev.examloop.search.SearchIndex#put}.
 * Pack questions are indexed at start-up from the content module's catalog; while a full mock runs they are
 * left out of results, as the exam module says through {@link dev.examloop.search.QuestionGuard} (search
 * knows nothing of attempts, so it sits low in the graph: every feature above may feed it). Publishes
 * {@link dev.examloop.search.SearchIndex} (search, tags, the tags of every document for the map), the
 * REST API {@code /api/search} and {@code /api/tags}, and the search page.
 */
@ApplicationModule(allowedDependencies = {"common", "storage", "web", "accounts", "content"})
package dev.examloop.search;

import org.springframework.modulith.ApplicationModule;
