package dev.examloop.core.fsrs;

/** The learner's answer to a review, with the grade numbers FSRS and Anki use (1 to 4). */
public enum Rating {
    /** Forgot: the answer was wrong or did not come. */
    AGAIN(1),
    /** Recalled with serious difficulty. */
    HARD(2),
    /** Recalled after a hesitation. */
    GOOD(3),
    /** Recalled at once. */
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The grade G of the FSRS formulas: 1 for Again up to 4 for Easy. */
    public int grade() {
        return grade;
    }

    /** The rating with grade {@code grade}, as stored in a review log or typed on keys 1 to 4. */
    public static Rating ofGrade(int grade) {
        for (Rating rating : values()) {
            if (rating.grade == grade) {
                return rating;
            }
        }
        throw new IllegalArgumentException("a rating is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), was " + grade);
    }
}
