package dev.examloop.map;

import dev.examloop.common.ClientProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The REST API of the dependency map. */
@RestController
@Tag(name = "Map", description = "The map of services, concepts and tags, and the relations between them")
class MapApi {
    private final ConceptMap map;

    MapApi(ConceptMap map) {
        this.map = map;
    }

    record RelationBody(String source, String target, String relation) {}

    @GetMapping("/api/map")
    @Operation(
            summary = "The map: nodes coloured by the zone of their cards, explicit relations (pack, learner) and "
                    + "relations derived from co-occurrence in at least `threshold` documents")
    MapView map(
            @RequestParam(required = false) String pack,
            @RequestParam(defaultValue = "" + ConceptMap.DEFAULT_THRESHOLD) int threshold) {
        return map.map(pack, threshold);
    }

    @GetMapping("/api/map/nodes/{id}")
    @Operation(summary = "A node with the questions, cards, notes and resources linked to it, and its relations")
    MapNodeDetail node(
            @PathVariable String id,
            @RequestParam(required = false) String pack,
            @RequestParam(defaultValue = "" + ConceptMap.DEFAULT_THRESHOLD) int threshold) {
        return map.node(pack, id, threshold);
    }

    @PostMapping("/api/map/relations")
    @Operation(summary = "Add a relation: {\"source\":\"kinesis\",\"target\":\"s3\",\"relation\":\"feeds data to\"}")
    ResponseEntity<MapView.Edge> add(@RequestBody(required = false) RelationBody body) {
        if (body == null) {
            throw ClientProblem.badRequest("a JSON body is required: {\"source\",\"target\",\"relation\"}", List.of());
        }
        MapView.Edge edge = map.addRelation(body.source(), body.target(), body.relation());
        return ResponseEntity.created(URI.create("/api/map/relations/" + edge.id()))
                .body(edge);
    }

    @DeleteMapping("/api/map/relations/{id}")
    @Operation(summary = "Remove a relation the learner added")
    ResponseEntity<Void> remove(@PathVariable String id) {
        map.removeRelation(id);
        return ResponseEntity.noContent().build();
    }
}
