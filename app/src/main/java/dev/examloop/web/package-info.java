/**
 * The shell of the web user interface (server-rendered JTE templates with htmx) and what every page and API
 * response shares: the layout, {@code /}, and error handling that answers API clients with JSON and people
 * with a page, never with a stack trace. It imports no feature module: each feature module owns its pages and
 * templates and contributes its navigation links, header fragments (the planner's countdown) and an offer
 * for the start page through {@link dev.examloop.web.LayoutContribution}. So it sits low in the graph, just
 * above {@code common}: features depend on it, never the other way round.
 */
@ApplicationModule(allowedDependencies = {"common"})
package dev.examloop.web;

import org.springframework.modulith.ApplicationModule;
