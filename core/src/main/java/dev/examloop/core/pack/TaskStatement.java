package dev.examloop.core.pack;

/** A task statement of a blueprint domain, such as "1.2 Identify and implement a data ingestion solution". */
public record TaskStatement(String id, String title) {}
