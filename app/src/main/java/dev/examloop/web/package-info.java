/**
 * The web user interface (server-rendered JTE templates with htmx) and what every page and API response
 * shares: the layout, Markdown rendering with sanitising, and error handling that answers API clients
 * with JSON and people with a page, never with a stack trace.
 */
package dev.examloop.web;
