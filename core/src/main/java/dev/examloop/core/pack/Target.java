package dev.examloop.core.pack;

/** The right-hand side of a matching question. */
public record Target(String id, String text) {}
