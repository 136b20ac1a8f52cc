/**
 * Notes: the learner's Markdown notes with an optional reflective template (why it matters, where it shows
 * up in the exam, what it depends on, what limits it), rendered with CommonMark and sanitised (the common
 * module's {@code Markdown.note}); tags shared with cards and questions; links from a note to cards,
 * questions, resources and other notes, with the backlinks shown on each of them; screenshots and images,
 * kept in the database and served only to their owner. Also the read-only question page that search and
 * links open.
 *
 * <p>Publishes {@link dev.examloop.notes.Notes}, {@link dev.examloop.notes.Images}, the REST API under
 * {@code /api/notes}, {@code /api/images} and {@code /api/links}, the note pages, and the backlinks fragment
 * ({@code GET /backlinks?kind=&id=}) other modules' pages include with htmx. Feeds the search index with
 * {@link dev.examloop.search.DocumentChanged} and {@link dev.examloop.search.DocumentRemoved}.
 */
@ApplicationModule(allowedDependencies = {"common", "storage", "web", "accounts", "content", "search"})
package dev.examloop.notes;

import org.springframework.modulith.ApplicationModule;
