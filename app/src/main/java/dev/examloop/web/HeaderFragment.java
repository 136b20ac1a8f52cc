package dev.examloop.web;

/**
 * A piece of the page header that a module fills with htmx (the exam countdown of the planner): the layout
 * leaves a slot that loads {@code path} when the page loads and again on {@code trigger}.
 *
 * @param slotClass the CSS class of the slot
 * @param path the fragment's address, an absolute path in Examloop
 * @param trigger the htmx trigger, for example {@code "load, every 60s"}
 */
public record HeaderFragment(String slotClass, String path, String trigger) {}
