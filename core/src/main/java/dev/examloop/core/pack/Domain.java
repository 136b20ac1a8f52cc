package dev.examloop.core.pack;

import java.util.List;
import java.util.Optional;

/** A content domain of the blueprint with its weight in percent and its task statements. */
public record Domain(String id, String title, int weight, List<TaskStatement> tasks) {
    public Domain {
        tasks = List.copyOf(tasks);
    }

    public Optional<TaskStatement> task(String taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
    }
}
