package dev.examloop.exam.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.examloop.core.pack.Blueprint;
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

    /**
     * A mapper of its own, configured here and nowhere else, so that a change to the web's JSON settings never
     * changes how stored attempts are written or read.
     */
    public Snapshots() {
        this.json = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot write snapshot of " + value.getClass().getSimpleName(), e);
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
