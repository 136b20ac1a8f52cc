package dev.examloop.search;

/**
 * A document was written (created or changed): published by the module that owns it, inside the
 * transaction of the write; the search index takes it in that same transaction.
 */
public record DocumentChanged(SearchDocument document) {}
