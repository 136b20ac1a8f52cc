package dev.examloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.support.TestDatabases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examloop serve} as a process when its database cannot be had (issue 16): one line on standard error that
 * says what was tried and what to check, never the password and never a stack trace, and a non-zero exit; a second
 * server on a SQLite data folder in use is refused with the first one's process id.
 */
class ServingOnABrokenOrBusyDatabaseTest {
    @TempDir
    Path data;

    private record Ran(int exitCode, List<String> err) {}

    private static ProcessBuilder examloop(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                Examloop.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static Ran run(String... args) throws IOException, InterruptedException {
        Process process =
                examloop(args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("the process ends by itself")
                .isTrue();
        List<String> lines = new String(err, StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("WARNING:"))
                .filter(line -> !line.matches("^\\d{4}-\\d\\d-\\d\\dT.* INFO .*")) // the application's log
                .toList();
        return new Ran(process.exitValue(), lines);
    }

    @Test
    void saysInOneLineWhichPostgresqlItTriedWithoutThePasswordWhenNoneListens() throws Exception {
        Ran ran = run(
                "serve",
                "--port",
                "0",
                "--data",
                data.toString(),
                "--db",
                "jdbc:postgresql://127.0.0.1:1/examloop_nowhere?user=learner&password=hunter2");
        assertThat(ran.exitCode()).isNotZero();
        assertThat(ran.err()).as(String.join("\n", ran.err())).hasSize(1);
        assertThat(ran.err().get(0))
                .contains("127.0.0.1:1", "database examloop_nowhere", "user learner", "check that PostgreSQL runs")
                .doesNotContain("hunter2");
    }

    @Test
    void saysInOneLineThatTheDatabaseNameIsWrong() throws Exception {
        URI server = URI.create(TestDatabases.POSTGRES_URL.substring("jdbc:".length()));
        Ran ran = run(
                "serve",
                "--port",
                "0",
                "--data",
                data.toString(),
                "--db",
                "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/examloop_no_such_database?user="
                        + TestDatabases.POSTGRES_USER);
        assertThat(ran.exitCode()).isNotZero();
        assertThat(ran.err()).as(String.join("\n", ran.err())).hasSize(1);
        assertThat(ran.err().get(0)).contains("database examloop_no_such_database", "check the database name");
    }

    @Test
    void saysWhichFileItCouldNotWriteAndWhy() throws Exception {
        Ran ran = run("revlog", "export", "/proc/nope/revlog.csv", "--data", data.toString());
        assertThat(ran.exitCode()).isNotZero();
        assertThat(ran.err()).as(String.join("\n", ran.err())).hasSize(1);
        assertThat(ran.err().get(0)).contains("cannot write /proc/nope/revlog.csv: no such file or folder");
    }

    @Test
    void refusesASecondServerOnADataFolderInUseNamingTheFirstOnesProcess() throws Exception {
        Process first = examloop("serve", "--port", "0", "--data", data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine(); // its log, then "Examloop is running: …" once it serves (null if it died)
            while (line != null && !line.startsWith("Examloop is running")) {
                line = out.readLine();
            }
            assertThat(line).as("the first server starts").isNotNull();
            Ran second = run("serve", "--port", "0", "--data", data.toString());
            assertThat(second.exitCode()).isNotZero();
            assertThat(second.err()).hasSize(1);
            assertThat(second.err().get(0)).contains("is in use by another Examloop (pid " + first.pid() + ")");

            Path log = data.resolve("log.csv");
            java.nio.file.Files.writeString(log, "card_id,review_time,review_rating\n7,1764400000000,3\n");
            Ran importing = run("revlog", "import", log.toString(), "--data", data.toString());
            assertThat(importing.exitCode()).isNotZero();
            assertThat(String.join("\n", importing.err()))
                    .contains("in use by a running Examloop server (pid " + first.pid() + ")", "Nothing was imported")
                    .doesNotContainIgnoringCase("insert into")
                    .doesNotContainIgnoringCase("select ");
        } finally {
            first.destroy();
            if (!first.waitFor(30, TimeUnit.SECONDS)) {
                first.destroyForcibly();
            }
        }
    }
}
