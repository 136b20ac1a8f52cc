package dev.examloop.exam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.examloop.support.Http;
import dev.examloop.support.TestDatabases;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server is a separate process that is killed with SIGKILL in the middle of a stream of answer saves
 * and started again on the same data: every answer and flag it acknowledged is still there, and the
 * countdown went on while it was down.
 */
class SurvivingAServerCrashTest {
    private final List<Process> servers = new ArrayList<>();
    private final Path data = TestDatabases.dataDirWithTestPacks();

    @AfterEach
    void stopServers() {
        servers.forEach(Process::destroyForcibly);
    }

    private int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Http startServer(int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.examloop.cli.Examloop",
                        "serve",
                        "--port",
                        String.valueOf(port),
                        "--data",
                        data.toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        data.resolve("server-" + servers.size() + ".log").toFile())
                .start();
        servers.add(process);
        Http http = new Http(port);
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + "; see " + data);
            }
            try {
                if (http.get("/actuator/health").status() == 200) {
                    return http;
                }
            } catch (IllegalStateException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the server did not answer within 90 s; see " + data);
    }

    private record Save(int n, String body) {}

    @Test
    void keepsEveryAcknowledgedAnswerAndTheRightRemainingTimeAfterSigkill() throws Exception {
        int port = freePort();
        Http http = startServer(port);
        String id = http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"exam\"}")
                .json()
                .get("id")
                .asText();
        Map<Integer, JsonNode> options = new HashMap<>();
        for (int n = 1; n <= 6; n++) {
            options.put(n, http.get("/api/attempts/" + id + "/questions/" + n).json());
        }

        // Save answers one after the other until the server dies; remember the last acknowledged save of each
        // question and the one in flight when it died.
        Map<Integer, Save> acknowledged = new HashMap<>();
        Save[] inFlight = new Save[1];
        AtomicBoolean stop = new AtomicBoolean();
        Thread saver = Thread.ofPlatform().start(() -> {
            for (int i = 0; !stop.get(); i++) {
                int n = 1 + i % 6;
                JsonNode question = options.get(n);
                String type = question.get("type").asText();
                JsonNode choices = question.get("options");
                String option = choices.get(i / 6 % choices.size()).get("id").asText();
                String selected = switch (type) {
                    case "matching" ->
                        "[\"" + option + ":"
                                + question.get("targets").get(0).get("id").asText() + "\"]";
                    default -> "[\"" + option + "\"]";
                };
                Save save = new Save(n, "{\"selected\":" + selected + ",\"flagged\":" + (i % 2 == 0) + "}");
                inFlight[0] = save;
                try {
                    Http.Response response = http.put("/api/attempts/" + id + "/answers/" + n, save.body());
                    if (response.status() == 200) {
                        acknowledged.put(n, save);
                    }
                } catch (IllegalStateException serverGone) {
                    return;
                }
            }
        });
        Thread.sleep(1500);
        long remainingBefore =
                http.get("/api/attempts/" + id).json().get("remainingSeconds").asLong();
        long killedAt = System.nanoTime();
        servers.get(0).destroyForcibly().waitFor();
        stop.set(true);
        saver.join();
        assertThat(acknowledged).as("saves acknowledged before the kill").isNotEmpty();

        Http again = startServer(port);
        long downSeconds = Duration.ofNanos(System.nanoTime() - killedAt).toSeconds();
        JsonNode attempt = again.get("/api/attempts/" + id).json();
        assertThat(attempt.get("status").asText()).isEqualTo("in_progress");
        assertThat(attempt.get("remainingSeconds").asLong())
                .as("the countdown went on while the server was down for %d s", downSeconds)
                .isBetween(remainingBefore - downSeconds - 3, remainingBefore - downSeconds + 1);
        for (var entry : acknowledged.entrySet()) {
            int n = entry.getKey();
            JsonNode question =
                    again.get("/api/attempts/" + id + "/questions/" + n).json();
            String state = "{\"selected\":" + question.get("selected").toString() + ",\"flagged\":"
                    + question.get("flagged").asBoolean() + "}";
            Save last = entry.getValue();
            Save flying = inFlight[0] != null && inFlight[0].n() == n ? inFlight[0] : last;
            assertThat(state).as("question %d after the restart", n).isIn(last.body(), flying.body());
        }
    }
}
