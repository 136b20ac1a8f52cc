/**
 * The dependency map's pure part: a pack's starter map (services and concepts, the tags that stand for
 * them, and the relations between them) and the relations derived from tags that occur together in the
 * same questions, cards and notes ({@link dev.examloop.core.map.CoOccurrence}), weighted and thresholded.
 */
package dev.examloop.core.map;
