package dev.examloop.core.plan;

/** What kind of day a plan day is. */
public enum DayType {
    STUDY,
    DAY_OFF,
    FINAL_WINDOW,
    EXAM_DAY;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
