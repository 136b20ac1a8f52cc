/**
 * The review board's rules: which zone a card sits in (red, yellow, green) and why, from its outcome
 * history, the learner's confidence and its memory state. Documented in {@code docs/zones.md}.
 */
package dev.examloop.core.board;
