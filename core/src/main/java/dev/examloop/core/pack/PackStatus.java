package dev.examloop.core.pack;

/** Whether the exam a pack prepares for can still be booked. */
public enum PackStatus {
    ACTIVE,
    RETIRED
}
