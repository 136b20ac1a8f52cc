package dev.examloop.core.board;

/** Where a card sits on the board; red cards are trained first. */
public enum Zone {
    /** Weak: repeated failure, low confidence or memory fading. */
    RED,
    /** Needs revision: neither weak nor yet mastered. */
    YELLOW,
    /** Mastered: recent answers right, confident, and memory stable. */
    GREEN
}
