package dev.examloop.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Question;
import dev.examloop.support.Http;
import dev.examloop.support.MutableClock;
import dev.examloop.support.TestClockConfiguration;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Goals, the plan, blocks and resources through the REST API: a contract run on SQLite and on PostgreSQL. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "examloop.deadline-sweep-ms=3600000")
@Import(TestClockConfiguration.class)
abstract class PlannerApiContract {
    /** The test clock starts on Sunday 2026-11-29 at 09:00 UTC. */
    static final String GOAL = "{\"pack\":\"SHORT-01\",\"examDate\":\"2026-12-09\",\"examTime\":\"09:00\","
            + "\"timeZone\":\"UTC\",\"hoursPerDay\":4}";

    @LocalServerPort
    int port;

    @Autowired
    PackCatalog catalog;

    @Autowired
    MutableClock clock;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
        JsonNode goals = http.get("/api/goals").json();
        for (JsonNode goal : goals) {
            if (goal.get("status").asText().equals("active")) {
                http.post("/api/goals/" + goal.get("id").asText() + "/archive", "{\"outcome\":\"not-taken\"}");
            }
        }
    }

    @Test
    void refusesABadGoalNamingEveryFieldAndSavesNothing() {
        int before = http.get("/api/goals").json().size();
        Http.Response response = http.post(
                "/api/goals",
                "{\"pack\":\"NOPE-01\",\"examDate\":\"2026-11-01\",\"hoursPerDay\":0,\"timeZone\":\"Mars/Olympus\"}");

        assertThat(response.status()).isEqualTo(400);
        List<String> details = new ArrayList<>();
        response.json().get("details").forEach(d -> details.add(d.asText()));
        assertThat(details)
                .anyMatch(d -> d.startsWith("pack: 'NOPE-01' is not a loaded pack"))
                .anyMatch(d -> d.startsWith("timeZone: 'Mars/Olympus' is not a time zone"))
                .anyMatch(d -> d.startsWith("hoursPerDay: no study time on any day"));
        assertThat(http.get("/api/goals").json().size()).isEqualTo(before);
        assertThat(http.get("/api/goals/active").status()).isEqualTo(404);
    }

    @Test
    void refusesAnExamDateInThePast() {
        Http.Response response = http.post("/api/goals", GOAL.replace("2026-12-09", "2026-11-28"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("details").get(0).asText())
                .startsWith("examDate: 2026-11-28 09:00 is in the past");
    }

    @Test
    void plansEveryDayFromTodayToTheExamWithAFinalReviewWindow() {
        assertThat(http.post("/api/goals", GOAL).status()).isEqualTo(201);

        JsonNode plan = http.get("/api/plan").json();
        assertThat(plan.get("today").asText()).isEqualTo(LocalDateText.TODAY);
        assertThat(plan.get("days")).hasSize(11);
        assertThat(plan.get("days").get(10).get("type").asText()).isEqualTo("exam-day");
        assertThat(plan.get("days").get(8).get("type").asText()).isEqualTo("final-window");
        assertThat(plan.get("changes").get(0).asText()).startsWith("First plan for SHORT-01");
        for (JsonNode day : plan.get("days")) {
            assertThat(day.get("plannedMinutes").asInt())
                    .isLessThanOrEqualTo(day.get("availableMinutes").asInt());
        }
        assertThat(http.get("/api/goals/active")
                        .json()
                        .get("weekdayMinutes")
                        .get("mon")
                        .asInt())
                .isEqualTo(240);
    }

    @Test
    void refusesASecondActiveGoalUntilTheFirstIsArchivedWithItsOutcome() {
        String id = http.post("/api/goals", GOAL).json().get("id").asText();
        Http.Response second = http.post("/api/goals", GOAL);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("message").asText()).contains("archive it with its outcome first");

        JsonNode archived = http.post("/api/goals/" + id + "/archive", "{\"outcome\":\"passed\",\"score\":812}")
                .json();
        assertThat(archived.get("status").asText()).isEqualTo("archived");
        assertThat(archived.get("score").asInt()).isEqualTo(812);
        assertThat(http.post("/api/goals/" + id + "/archive", "{\"outcome\":\"sideways\"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.post("/api/goals", GOAL).status()).isEqualTo(201);
    }

    @Test
    void startsAndFinishesABlockAndThePlanMovesAroundIt() {
        http.post("/api/goals", GOAL);
        JsonNode today = http.get("/api/today").json();
        JsonNode first = today.get("today").get("blocks").get(0);
        String key = first.get("key").asText();

        JsonNode started = http.post("/api/blocks/" + key + "/start", null).json();
        assertThat(started.get("status").asText()).isEqualTo("running");
        clock.advance(Duration.ofMinutes(7));
        assertThat(http.get("/api/today").json().get("running").get("seconds").asLong())
                .isEqualTo(420);

        JsonNode finished = http.post("/api/blocks/" + key + "/finish", null).json();
        assertThat(finished.get("status").asText()).isEqualTo("done");
        assertThat(finished.get("seconds").asLong()).isEqualTo(420);

        JsonNode after = http.get("/api/today").json();
        List<String> statuses = new ArrayList<>();
        after.get("today")
                .get("blocks")
                .forEach(b -> statuses.add(
                        b.get("key").asText() + "=" + b.get("status").asText()));
        assertThat(statuses).contains(key + "=done");
        assertThat(statuses.stream().filter(s -> s.startsWith(key + "="))).hasSize(1);
        assertThat(after.get("streak").asInt()).isEqualTo(1);
        assertThat(after.get("running").isNull()).isTrue();
    }

    @Test
    void finishesTheRunningMockBlockWhenTheMockIsSubmitted() {
        http.post("/api/goals", GOAL);
        String key = null;
        for (JsonNode block : http.get("/api/today").json().get("today").get("blocks")) {
            if (block.get("kind").asText().equals("mock-exam")
                    && block.get("status").asText().equals("planned")) {
                key = block.get("key").asText();
            }
        }
        assertThat(key).as("a mock planned today").isNotNull();
        http.post("/api/blocks/" + key + "/start", null);
        clock.advance(Duration.ofMinutes(9));
        sitShortExamMissingDomainOne();

        JsonNode mock = null;
        for (JsonNode block : http.get("/api/today").json().get("today").get("blocks")) {
            if (block.get("key").asText().equals(key)) {
                mock = block;
            }
        }
        assertThat(mock.get("status").asText()).isEqualTo("done");
        assertThat(mock.get("seconds").asLong()).isEqualTo(540);
    }

    @Test
    void pointsADomainBlockToAResourceSectionAndKeepsItsProgress() {
        JsonNode resource = http.post(
                        "/api/resources",
                        "{\"type\":\"course\",\"title\":\"Compute course\","
                                + "\"url\":\"https://example.org/compute\",\"sections\":[{\"title\":\"Instances\",\"minutes\":45,"
                                + "\"domain\":\"2\"}]}")
                .json();
        String section = resource.get("sections").get(0).get("id").asText();
        http.post("/api/goals", GOAL);
        JsonNode block = null;
        for (JsonNode day : http.get("/api/plan").json().get("days")) {
            for (JsonNode b : day.get("blocks")) {
                if (block == null && section.equals(b.path("sectionId").asText())) {
                    block = b;
                }
            }
        }
        assertThat(block).as("a block for the section").isNotNull();
        assertThat(block.get("title").asText()).isEqualTo("Course: Compute course — Instances");
        assertThat(block.get("kind").asText()).isEqualTo("course-review");
        http.put("/api/sections/" + section + "/status", "{\"status\":\"revisit\"}");
        JsonNode first = http.get("/api/plan").json().get("days").get(0).get("blocks");
        boolean revisitToday = false;
        String key = null;
        for (JsonNode b : first) {
            if (section.equals(b.path("sectionId").asText())) {
                revisitToday = b.get("title").asText().startsWith("Revisit: ");
                key = b.get("key").asText();
            }
        }
        assertThat(key)
                .as("the revisit section comes first, in today's Compute block")
                .isNotNull();
        assertThat(revisitToday).isTrue();

        http.post("/api/blocks/" + key + "/start", null);
        assertThat(section(section).get("status").asText()).isEqualTo("in-progress");
        assertThat(section(section).get("returns").asInt()).isEqualTo(1);
        http.post("/api/blocks/" + key + "/finish", null);
        assertThat(section(section).get("status").asText()).isEqualTo("done");
    }

    private JsonNode section(String id) {
        for (JsonNode resource : http.get("/api/resources").json()) {
            for (JsonNode section : resource.get("sections")) {
                if (section.get("id").asText().equals(id)) {
                    return section;
                }
            }
        }
        throw new AssertionError("no section " + id);
    }

    @Test
    void documentsItsEndpointsInTheOpenApiDocument() {
        List<String> paths = new ArrayList<>();
        http.get("/v3/api-docs").json().get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths)
                .contains(
                        "/api/goals",
                        "/api/goals/active",
                        "/api/goals/{id}/archive",
                        "/api/plan",
                        "/api/today",
                        "/api/plan.ics",
                        "/api/blocks/{key}/start",
                        "/api/blocks/{key}/pause",
                        "/api/blocks/{key}/finish",
                        "/api/resources",
                        "/api/sections/{id}/status",
                        "/api/resources/revisit");
    }

    @Test
    void keepsWhatAChangeLeavesOutAndStartsANewGoalForAnotherPack() {
        String id = http.post("/api/goals", GOAL.replace("}", ",\"daysOff\":[\"2026-12-02\"],\"finalWindowHours\":24}"))
                .json()
                .get("id")
                .asText();
        JsonNode changed =
                http.put("/api/goals/active", "{\"examDate\":\"2026-12-10\"}").json();
        assertThat(changed.get("id").asText()).isEqualTo(id);
        assertThat(changed.get("examDate").asText()).isEqualTo("2026-12-10");
        assertThat(changed.get("daysOff").get(0).asText()).isEqualTo("2026-12-02");
        assertThat(changed.get("finalWindowHours").asInt()).isEqualTo(24);
        assertThat(changed.get("weekdayMinutes").get("sat").asInt()).isEqualTo(240);

        JsonNode other = http.put("/api/goals/active", "{\"pack\":\"GAPS-01\"}").json();
        assertThat(other.get("id").asText()).isNotEqualTo(id);
        assertThat(other.get("pack").asText()).isEqualTo("GAPS-01");
        JsonNode old = http.get("/api/goals/" + id).json();
        assertThat(old.get("status").asText()).isEqualTo("archived");
        assertThat(old.get("outcome").asText()).isEqualTo("not-taken");
    }

    @Test
    void plansInTheGoalsTimeZone() throws Exception {
        // 09:00 UTC on 2026-11-29 is 01:00 in Los Angeles: still the 29th there; an exam at 07:00 there is 15:00 UTC.
        http.post(
                "/api/goals", GOAL.replace("\"UTC\"", "\"America/Los_Angeles\"").replace("09:00", "07:00"));
        assertThat(http.get("/api/plan").json().get("today").asText()).isEqualTo("2026-11-29");
        String ics = http.get("/api/plan.ics").body();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent exam = calendar.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT).stream()
                .filter(e -> e.getSummary().getValue().startsWith("The exam"))
                .findFirst()
                .orElseThrow();
        assertThat(exam.getDateTimeStart().getValue()).isEqualTo("20261209T150000Z");
        assertThat(http.get("/api/goals/active").json().get("examAt").asText()).isEqualTo("2026-12-09T15:00:00Z");
    }

    @Test
    void refusesTooLongFieldsOnBothDatabasesNamingThem() {
        String longTitle = "x".repeat(301);
        Http.Response response = http.post(
                "/api/resources",
                "{\"type\":\"course\",\"title\":\"T\","
                        + "\"url\":\"https://example.org\",\"domains\":[\"" + "d".repeat(40) + "\"],"
                        + "\"sections\":[{\"title\":\"" + longTitle + "\",\"minutes\":10}]}");
        assertThat(response.status()).isEqualTo(400);
        List<String> details = new ArrayList<>();
        response.json().get("details").forEach(d -> details.add(d.asText()));
        assertThat(details)
                .anyMatch(d -> d.startsWith("sections[0].title:"))
                .anyMatch(d -> d.startsWith("domains[0]:"));
    }

    @Test
    void startsABlockOnceWhenTwoRequestsStartItTogether() throws Exception {
        http.post("/api/goals", GOAL);
        String key = http.get("/api/today")
                .json()
                .get("today")
                .get("blocks")
                .get(0)
                .get("key")
                .asText();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Http.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> new Http(port).post("/api/blocks/" + key + "/start", null)));
            }
            for (var call : calls) {
                assertThat(call.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        long started = 0;
        for (JsonNode block : http.get("/api/today").json().get("today").get("blocks")) {
            started += block.get("key").asText().equals(key) ? 1 : 0;
        }
        assertThat(started).isEqualTo(1);
    }

    @Test
    void answersABadScoreOnTheArchiveFormWithTheGoalPageNotA500() {
        String id = http.post("/api/goals", GOAL).json().get("id").asText();
        Http.Response page = http.postForm("/goal/" + id + "/archive", "outcome=passed&score=eight-hundred");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("eight-hundred").contains("is not a whole number");
        assertThat(http.get("/api/goals/active").json().get("id").asText()).isEqualTo(id);
    }

    @Test
    void answersAnUnknownBlockWithA404() {
        http.post("/api/goals", GOAL);
        Http.Response response = http.post("/api/blocks/2026-11-29:nothing:1/start", null);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("message").asText()).contains("2026-11-29:nothing:1");
    }

    @Test
    void reformsAfterAWeakMockAndSaysWhy() {
        http.post("/api/goals", GOAL);
        http.get("/api/plan");
        sitShortExamMissingDomainOne();

        JsonNode plan = http.get("/api/plan").json();
        List<String> changes = new ArrayList<>();
        plan.get("changes").forEach(c -> changes.add(c.asText()));
        assertThat(changes).anyMatch(c -> c.matches("Storage \\+\\d+ min: scored 0 % in the last mock"));
        assertThat(changes).anyMatch(c -> c.matches("Compute -\\d+ min: scored 100 % in the last mock"));
        assertThat(plan.get("shares").get(0).get("share").asDouble()).isGreaterThan(0.5);
    }

    @Test
    void saysOnThePlanPageThatALoopbackSubscriptionAddressOpensOnlyOnThisComputer() {
        String calendarPath =
                http.post("/api/goals", GOAL).json().get("calendarPath").asText();
        String page = http.get("/plan").body();
        assertThat(page).contains("http://127.0.0.1:" + port + calendarPath);
        assertThat(page).contains("id=\"calendar-local-only\"");
    }

    @Test
    void exportsThePlanAsAValidICalendar() throws Exception {
        String calendarPath =
                http.post("/api/goals", GOAL).json().get("calendarPath").asText();
        Http.Response ics = http.get("/api/plan.ics");
        assertThat(ics.contentType()).startsWith("text/calendar");

        String[] lines = ics.body().split("\r\n");
        assertThat(lines).isNotEmpty();
        assertThat(java.util.Arrays.stream(lines)
                        .mapToInt(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .max()
                        .orElseThrow())
                .as("RFC 5545 3.1: content lines of at most 75 octets")
                .isLessThanOrEqualTo(75);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        assertThat(calendar.validate().hasErrors())
                .as(calendar.validate().toString())
                .isFalse();
        List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        JsonNode plan = http.get("/api/plan").json();
        int blocks = 0;
        for (JsonNode day : plan.get("days")) {
            for (JsonNode block : day.get("blocks")) {
                blocks += block.get("minutes").asInt() > 0 ? 1 : 0;
            }
        }
        assertThat(events).hasSize(blocks);
        assertThat(events.stream().map(e -> e.getSummary().getValue()).collect(Collectors.toList()))
                .contains("The exam at 09:00");
        assertThat(http.get(calendarPath).body()).isEqualTo(ics.body());
        assertThat(http.get("/calendar/not-a-token.ics").status()).isEqualTo(404);
    }

    @Test
    void keepsProgressPerSectionAndCountsReturns() {
        Http.Response bad = http.post("/api/resources", "{\"type\":\"podcast\",\"title\":\"\",\"url\":\"ftp://x\"}");
        assertThat(bad.status()).isEqualTo(400);
        List<String> details = new ArrayList<>();
        bad.json().get("details").forEach(d -> details.add(d.asText()));
        assertThat(details)
                .anyMatch(d -> d.startsWith("type:"))
                .anyMatch(d -> d.startsWith("title:"))
                .anyMatch(d -> d.startsWith("url:"))
                .anyMatch(d -> d.startsWith("sections:"));

        JsonNode resource = http.post(
                        "/api/resources",
                        "{\"type\":\"video-series\",\"title\":\"Storage deep dive\","
                                + "\"url\":\"https://example.org/storage\",\"domains\":[\"1\"],\"sections\":[{\"title\":\"Buckets\","
                                + "\"minutes\":40,\"domain\":\"1\"},{\"title\":\"Lifecycle\",\"minutes\":25}]}")
                .json();
        String section = resource.get("sections").get(0).get("id").asText();
        http.put("/api/sections/" + section + "/status", "{\"status\":\"done\"}");
        http.put("/api/sections/" + section + "/status", "{\"status\":\"revisit\"}");
        assertThat(http.get("/api/resources/revisit").json().findValuesAsText("id"))
                .contains(section);
        JsonNode back = http.put("/api/sections/" + section + "/status", "{\"status\":\"in-progress\"}")
                .json();
        assertThat(back.get("returns").asInt()).isEqualTo(1);
        assertThat(http.put("/api/sections/" + section + "/status", "{\"status\":\"finished\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void findsResourcesBySearchAndForgetsThemWhenRemoved() {
        String id = http.post(
                        "/api/resources",
                        "{\"type\":\"whitepaper\",\"title\":\"Zebrafish telemetry primer\","
                                + "\"url\":\"https://example.org/zebrafish\",\"tags\":[\"telemetry\"],\"sections\":[{\"title\":"
                                + "\"Quokka sampling\",\"minutes\":15}]}")
                .json()
                .get("id")
                .asText();
        JsonNode found = http.get("/api/search?q=quokka&kind=resource").json();
        assertThat(found.get("hits")).hasSize(1);
        assertThat(found.get("hits").get(0).get("refId").asText()).isEqualTo(id);
        assertThat(found.get("hits").get(0).get("url").asText()).isEqualTo("/resources#resource-" + id);

        assertThat(http.send(java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + port + "/api/resources/" + id))
                                .DELETE())
                        .status())
                .isEqualTo(204);
        assertThat(http.get("/api/search?q=quokka&kind=resource").json().get("hits"))
                .isEmpty();
    }

    @Test
    void givesTheBundledPacksOfficialStarterResources() {
        http.post("/api/goals", GOAL.replace("SHORT-01", "MLA-C01"));
        JsonNode resources = http.get("/api/resources").json();
        List<String> titles = resources.findValuesAsText("title");
        assertThat(titles).anyMatch(t -> t.startsWith("Exam guide: AWS Certified Machine Learning Engineer"));
        assertThat(resources.findValuesAsText("url")).allMatch(u -> u.startsWith("https://"));
    }

    /** Sits SHORT-01 with every domain-1 (Storage) question wrong and every domain-2 question right. */
    private void sitShortExamMissingDomainOne() {
        String id = http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"exam\"}")
                .json()
                .get("id")
                .asText();
        for (int n = 1; n <= 6; n++) {
            Question q = dev.examloop.support.ExamQuestions.behind(
                    catalog,
                    "SHORT-01",
                    http.get("/api/attempts/" + id + "/questions/" + n).json());
            List<String> answer = q.domain().equals("1")
                    ? List.of(q.options().stream()
                            .map(Option::id)
                            .filter(o -> !q.key().contains(o))
                            .findFirst()
                            .orElseThrow())
                    : q.key();
            http.put(
                    "/api/attempts/" + id + "/answers/" + n,
                    "{\"selected\":"
                            + answer.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(",", "[", "]"))
                            + "}");
        }
        http.post("/api/attempts/" + id + "/submit", null);
    }

    /** The test clock's date. */
    static final class LocalDateText {
        static final String TODAY = "2026-11-29";
    }
}
