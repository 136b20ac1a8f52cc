/**
 * Small shared types every module may use: {@link dev.examloop.common.ClientProblem}, the one way a module
 * says that a request was wrong (answered as a 4xx with a JSON body), id generation, and
 * {@link dev.examloop.common.Markdown}: Markdown rendered to HTML and sanitised, for every page that shows
 * Markdown (questions, cards, notes).
 */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package dev.examloop.common;

import org.springframework.modulith.ApplicationModule;
