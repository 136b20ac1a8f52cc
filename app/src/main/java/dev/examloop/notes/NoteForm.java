package dev.examloop.notes;

import java.util.List;

/**
 * A note as the learner writes it.
 *
 * @param body Markdown; links to {@code /cards/ID}, {@code /notes/ID}, {@code /questions/PACK/ID} and
 *     {@code /resources/ID} in it count as links of the note
 * @param tags sub-concept tags (lower-case letters, digits and '-'), shared with cards and questions
 * @param links further links as {@code kind:id}: {@code card:ID}, {@code question:PACK/ID}, {@code note:ID},
 *     {@code resource:ID}
 */
public record NoteForm(String title, String body, String domainId, List<String> tags, List<String> links) {}
