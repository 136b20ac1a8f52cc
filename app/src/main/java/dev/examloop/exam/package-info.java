/**
 * Attempts at an exam pack: full-length timed mocks, practice sessions with feedback after each answer, and
 * domain drills. Owns the attempt tables, the server-kept countdown and automatic submit, scoring and
 * results. Publishes {@link dev.examloop.exam.Attempts} (the facade) with its view records and the REST API
 * under {@code /api/attempts}. Other modules read attempts through the facade; no event is published (the
 * {@code AttemptSubmitted} event had no listener and went, issue 15).
 *
 * <p>In exam mode no key and no explanation leaves this module before the attempt is submitted: the
 * question view has no field that could carry them until then.
 */
@ApplicationModule(allowedDependencies = {"common", "storage", "web", "accounts", "content", "search"})
package dev.examloop.exam;

import org.springframework.modulith.ApplicationModule;
