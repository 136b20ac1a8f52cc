/**
 * The {@code examloop} command line (picocli): {@code serve} starts the web application; {@code pack lint} and
 * {@code pack list} work on exam packs, and {@code fsrs replay} on FSRS review logs, without starting it. Errors
 * are sentences on standard error with a non-zero exit code, never stack traces.
 */
@ApplicationModule(
        allowedDependencies = {
            "common",
            "storage",
            "web",
            "accounts",
            "content",
            "content::interchange",
            "search",
            "exam",
            "review",
            "postmortem",
            "notes",
            "map",
            "planner"
        })
package dev.examloop.cli;

import org.springframework.modulith.ApplicationModule;
