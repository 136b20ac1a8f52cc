package dev.examloop.core.board;

/** A card's zone with the reason the card shows for it ("2 misses in the last 3 answers"). */
public record ZoneDecision(Zone zone, String reason) {}
