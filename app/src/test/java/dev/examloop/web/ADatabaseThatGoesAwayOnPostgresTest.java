package dev.examloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.support.CuttableProxy;
import dev.examloop.support.Http;
import dev.examloop.support.TestAccounts;
import dev.examloop.support.TestClockConfiguration;
import dev.examloop.support.TestDatabases;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL going away while the server runs (issue 16): an answer save is answered 503 with a JSON body that
 * says the answer is kept in the browser and will be retried (not a 500 after a 30 s wait), and the server
 * takes answers again by itself once the database is back. The database is reached through a relay the test
 * cuts and restores.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"examloop.deadline-sweep-ms=3600000"})
@Import({TestClockConfiguration.class, TestAccounts.class})
class ADatabaseThatGoesAwayOnPostgresTest {
    static final CuttableProxy RELAY = new CuttableProxy(
            URI.create(TestDatabases.POSTGRES_URL.substring("jdbc:".length())).getPort());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Path data = TestDatabases.dataDirWithTestPacks();
        String url = TestDatabases.freshPostgresSchema()
                .replaceFirst("//([^/:]+):[0-9]+/", "//127.0.0.1:" + RELAY.port() + "/");
        registry.add("examloop.data-dir", data::toString);
        registry.add("examloop.db-url", () -> url);
    }

    @AfterAll
    static void closeRelay() {
        RELAY.close();
    }

    @Test
    void answersASaveWith503WhileTheDatabaseIsAwayAndTakesAnswersAgainWhenItIsBack() throws Exception {
        Http http = new Http(port);
        String id = http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"practice\"}")
                .json()
                .get("id")
                .asText();
        assertThat(http.put("/api/attempts/" + id + "/answers/1", "{\"flagged\":true}")
                        .status())
                .isEqualTo(200);

        RELAY.cut();
        Http.Response away = http.put("/api/attempts/" + id + "/answers/2", "{\"flagged\":true}");
        assertThat(away.status()).as(away.body()).isEqualTo(503);
        assertThat(away.json().get("message").asText())
                .isEqualTo("the database is unavailable; your answer is kept in the browser and will be retried");
        Http.Response page =
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/attempts/" + id + "/q/2"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("HX-Request", "true")
                        .POST(HttpRequest.BodyPublishers.ofString("part=flag&flagged=on")));
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("your answer is kept in the browser");
        Http.Response read = http.get("/api/attempts/" + id);
        assertThat(read.status()).isEqualTo(503);
        assertThat(read.json().get("message").asText()).contains("the database is unavailable");

        RELAY.restore();
        int status = 0;
        for (int tries = 0; tries < 40 && status != 200; tries++) {
            status = http.put("/api/attempts/" + id + "/answers/2", "{\"flagged\":true}")
                    .status();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("a save once the database is back").isEqualTo(200);
        assertThat(http.get("/api/attempts/" + id + "/questions/2")
                        .json()
                        .get("flagged")
                        .asBoolean())
                .isTrue();
    }
}
