package dev.examloop.planner.internal;

import dev.examloop.common.JsonLists;
import dev.examloop.content.PackCatalog;
import dev.examloop.planner.GoalView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Goals as the pages and the API show them: a stored row with its pack's title and its calendar address. */
@Component
public class GoalViews {
    private final PackCatalog catalog;

    public GoalViews(PackCatalog catalog) {
        this.catalog = catalog;
    }

    public GoalView view(GoalRow row) {
        ZoneId zone = ZoneId.of(row.timeZone());
        ZonedDateTime examAt = Instant.ofEpochMilli(row.examAt()).atZone(zone);
        Map<String, Integer> minutes = new LinkedHashMap<>();
        row.minutesByWeekday().forEach((day, m) -> minutes.put(GoalChecks.WEEKDAYS.get(day.getValue() - 1), m));
        String title =
                catalog.find(row.packCode()).map(p -> p.blueprint().title()).orElse(row.packCode());
        return new GoalView(
                row.id(),
                row.packCode(),
                title,
                examAt.toInstant(),
                examAt.toLocalDate().toString(),
                examAt.toLocalTime().toString(),
                row.timeZone(),
                minutes,
                JsonLists.read(row.daysOff()),
                row.finalWindowHours(),
                row.status().wire(),
                row.outcome(),
                row.score(),
                "/calendar/" + row.calendarToken() + ".ics",
                Instant.ofEpochMilli(row.createdAt()),
                row.archivedAt() == null ? null : Instant.ofEpochMilli(row.archivedAt()));
    }
}
