package dev.examloop.core.pack;

import java.util.List;

/**
 * One quality check of a pack that has read without errors. A rule is pure: it looks at the pack and says
 * where (file, line, field) each finding is, with the severity its kind of finding has under the strictness.
 */
interface LintRule {
    List<Problem> check(Pack pack, SourceMap sources, Strictness strictness);
}
