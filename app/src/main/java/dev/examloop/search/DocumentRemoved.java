package dev.examloop.search;

/** A document was deleted: published by the module that owned it, inside the transaction of the delete. */
public record DocumentRemoved(String accountId, String kind, String refId) {}
