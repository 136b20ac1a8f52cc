package dev.examloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The entry point as a process: exit codes, what it prints, and what keeps its start-up short (issue 7). */
class ExamloopMainTest {

    private record Ran(int exitCode, String out, String err) {}

    private static Ran runMain(String... args) throws IOException, InterruptedException {
        return runMain(List.of(), args);
    }

    private static Ran runMain(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Examloop.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        // Read both streams apart so that neither can fill its pipe and stall the process.
        var out = new java.io.ByteArrayOutputStream();
        Thread reader = Thread.ofPlatform().start(() -> {
            try (InputStream in = process.getInputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("the process ends by itself")
                .isTrue();
        reader.join();
        return new Ran(
                process.exitValue(), out.toString(StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** A command that runs out of heap says so in one line, with exit code 3, and writes nothing. */
    @Test
    void aCommandOutOfMemorySaysSoInALineNotAStackTrace(@TempDir Path dir) throws Exception {
        StringBuilder gift = new StringBuilder();
        for (int n = 0; n < 20_000; n++) {
            gift.append("::Q")
                    .append(n)
                    .append(":: Which class stores object ")
                    .append(n)
                    .append(" cheaply? {\n=Glacier\n~EBS ")
                    .append(n)
                    .append("\n~Instance store\n}\n\n");
        }
        Path file = Files.writeString(dir.resolve("big.gift"), gift);
        Path data = dir.resolve("data");
        Ran ran = runMain(List.of("-Xmx24m"), "import", file.toString(), "--data", data.toString());
        assertThat(ran.exitCode()).as(ran.err()).isEqualTo(3);
        assertThat(ran.err().strip())
                .startsWith("examloop: out of memory (the JVM's heap, at most ")
                .doesNotContain("\tat ", "Exception");
        assertThat(data.resolve("packs")).doesNotExist();
    }

    @Test
    void aCommandThatSucceedsEndsWithZeroAndPrintsOnlyItsOutput() throws Exception {
        Ran ran = runMain("--version");
        assertThat(ran.exitCode()).isZero();
        assertThat(ran.out()).startsWith("examloop ").doesNotContain("\u001b");
        assertThat(ran.err()).isEmpty();
    }

    @Test
    void aCommandThatFailsEndsWithItsExitCode() throws Exception {
        Ran ran = runMain("fsrs", "optimize", "--revlog", "no-such-log.csv");
        assertThat(ran.exitCode()).isEqualTo(2);
        assertThat(ran.err()).contains("no-such-log.csv does not exist");
        assertThat(ran.out()).isEmpty();
    }

    @Test
    void aNonDaemonThreadStillRunningIsSeen() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = Thread.ofPlatform().daemon(false).start(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(Examloop.othersRunning()).isTrue();
        } finally {
            release.countDown();
            worker.join();
        }
    }

    /**
     * The way to {@code fsrs optimize} reads no annotation: the JDK makes a proxy class for each annotation type read,
     * in cold code that no AOT cache keeps, a third of the command's start-up (picocli's models of those commands are
     * written in code, see CommandModels). A subcommand's --version prints the version too.
     */
    @Test
    void fsrsOptimizeStartsWithoutReadingAnnotations(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("classes.log");
        Path revlog = Path.of("src/test/resources/revlog/optimize.csv").toAbsolutePath();
        Ran ran = runMain(
                List.of("-Xlog:class+load:file=" + log),
                "fsrs",
                "optimize",
                "--revlog",
                revlog.toString(),
                "--json",
                "--no-progress");
        assertThat(ran.exitCode()).as(ran.err()).isZero();
        assertThat(ran.out()).startsWith("{\"parameters\":[");
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).anyMatch(line -> line.contains(FsrsOptimizeCommand.class.getName()));
        assertThat(loaded).noneMatch(line -> line.contains("__dynamic_proxy__"));

        Ran version = runMain("fsrs", "optimize", "--version");
        assertThat(version.out()).startsWith("examloop ");
    }

    /**
     * A command that starts the application (without its web server) prints only its own output on standard
     * output: the application's log goes to standard error. On a new data folder the first search logs the packs'
     * questions it indexes, which once came first in the CSV that `revlog export -` printed.
     */
    @Test
    void theApplicationsLogStaysOutOfACommandsOutput(@TempDir Path dir) throws Exception {
        // A search indexes the packs' questions first (a command that does not search does not), which the
        // application logs: on standard error, never in the command's output.
        Ran ran = runMain("search", "sagemaker", "--json", "--data", dir.toString());
        assertThat(ran.exitCode()).as(ran.err()).isZero();
        assertThat(ran.out()).startsWith("{").doesNotContain("Search index");
        assertThat(ran.err()).contains("Search index");
    }

    /**
     * Picocli is the module picocli/'s build for Java 21, not the Java 5 class files of its Maven Central jar, which
     * the JVM cannot keep in a class-data archive or an AOT cache (decision 0044).
     */
    @Test
    void picocliIsCompiledForAJvmThatCanArchiveIt() throws IOException {
        try (InputStream in = CommandLine.class.getResourceAsStream("CommandLine.class");
                DataInputStream data = new DataInputStream(in)) {
            assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
            data.readUnsignedShort(); // minor version
            assertThat(data.readUnsignedShort()).as("class file major version").isGreaterThanOrEqualTo(65);
        }
    }
}
