package dev.examloop.core.pack;

/** The shared context of a case-study set: several questions name it and are drawn together. */
public record Scenario(String id, String title, String text) {}
