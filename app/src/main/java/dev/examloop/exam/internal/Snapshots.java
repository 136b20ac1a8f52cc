package dev.examloop.exam.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.examloop.core.pack.Blueprint;
import dev.examloop.core.pack.Question;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * JSON copies of what an attempt was drawn from, stored with it: results and reviews stay right even when
 * the pack is later edited or removed.
 */
@Component
public class Snapshots {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private final ObjectMapper json;

    public Snapshots(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write snapshot of " + value.getClass().getSimpleName(), e);
        }
    }

    public StoredQuestion read(String snapshot) {
        return read(snapshot, StoredQuestion.class);
    }

    public Blueprint blueprint(String snapshot) {
        return read(snapshot, Blueprint.class);
    }

    public List<String> strings(String snapshot) {
        if (snapshot == null || snapshot.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(snapshot, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not JSON: " + snapshot, e);
        }
    }

    private <T> T read(String snapshot, Class<T> type) {
        try {
            return json.readValue(snapshot, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable", e);
        }
    }
}
