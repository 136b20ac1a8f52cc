/**
 * The dependency map: services and concepts from the packs' starter maps, tags of the learner's questions,
 * cards and notes, explicit relations (the packs' and those the learner adds: "feeds data to", "monitors")
 * and relations derived from tags that occur together (the core's {@code CoOccurrence}), each node coloured
 * by the zone of its cards. Publishes {@link dev.examloop.map.ConceptMap}, the REST API under
 * {@code /api/map} and the map page, drawn with Cytoscape.js from its WebJar.
 */
@ApplicationModule(allowedDependencies = {"common", "storage", "web", "accounts", "content", "search", "review"})
package dev.examloop.map;

import org.springframework.modulith.ApplicationModule;
