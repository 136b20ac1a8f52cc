package dev.examloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./examloop} launcher, run against a stand-in JDK whose {@code java} records its arguments: which JVM
 * options each kind of run gets, and which cache (issues 7 and 15, decision 0044). What the options do is measured in bench/fsrs.
 */
class LauncherTest {
    private static final Path LAUNCHER =
            Path.of("..", "examloop").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Path calls;

    @BeforeEach
    void standInJdk() throws IOException {
        calls = dir.resolve("calls.txt");
        jdk("jdk25", "25.0.3", "25.0.3+9-LTS");
        jdk("jdk21", "21.0.5", "21.0.5+11-LTS");
        Files.writeString(dir.resolve("examloop.jar"), "a stand-in for the application jar");
    }

    /** A JDK folder whose java records each call's arguments, one per line and a blank line after, and unpacks. */
    private void jdk(String name, String version, String build) throws IOException {
        Path bin = Files.createDirectories(dir.resolve(name).resolve("bin"));
        Files.writeString(
                dir.resolve(name).resolve("release"),
                "IMPLEMENTOR=\"Stand-in\"\nJAVA_RUNTIME_VERSION=\"" + build + "\"\nJAVA_VERSION=\"" + version + "\"\n");
        script(bin.resolve("javac"), "#!/bin/sh\nexit 0\n");
        script(bin.resolve("java"), """
                #!/bin/sh
                { for a in "$@"; do printf '%s\\n' "$a"; done; echo; } >> "$STAND_IN_CALLS"
                previous=""
                for a in "$@"; do
                  if [ "$previous" = "--destination" ]; then mkdir -p "$a" && : > "$a/examloop.jar"; fi
                  previous="$a"
                done
                exit 0
                """);
    }

    private static void script(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs the launcher with JDK {@code jdk}, then returns the arguments of its last java call. */
    private List<String> launch(String jdk, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        Stream.of("EXAMLOOP_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "EXAMLOOP_NO_CDS")
                .forEach(env::remove);
        env.put("JAVA_HOME", dir.resolve(jdk).toString());
        env.put("EXAMLOOP_JAR", dir.resolve("examloop.jar").toString());
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.put("STAND_IN_CALLS", calls.toString());
        env.putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        List<List<String>> all = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : Files.readAllLines(calls)) {
            if (line.isEmpty()) {
                all.add(current);
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        return all.getLast();
    }

    /** The launcher's copy of the application (made by its first run), the latest if there are several. */
    private Path copy() throws IOException {
        try (Stream<Path> copies = Files.list(dir.resolve("cache").resolve("examloop"))) {
            return copies.filter(p -> p.getFileName().toString().startsWith("app-"))
                    .max(java.util.Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow();
        }
    }

    private void endsWithTheEntryPointAnd(List<String> java, String... args) throws IOException {
        List<String> tail =
                new ArrayList<>(List.of("-cp", copy().resolve("examloop.jar").toString(), Examloop.class.getName()));
        tail.addAll(Arrays.asList(args));
        assertThat(java.subList(java.size() - tail.size(), java.size())).isEqualTo(tail);
    }

    /**
     * What the build leaves beside the jar: the application unpacked, with the caches of its training runs
     * (app/pom.xml), newer than the jar.
     */
    private Path prepared(String... cacheFiles) throws IOException {
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.writeString(app.resolve("examloop.jar"), "the application jar, unpacked");
        for (String cacheFile : cacheFiles) {
            Files.writeString(app.resolve(cacheFile), "a stand-in cache");
        }
        java.nio.file.attribute.FileTime later = java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(dir.resolve("examloop.jar")).toMillis() + 60_000);
        Files.setLastModifiedTime(app.resolve("examloop.jar"), later);
        return app;
    }

    @Test
    void everyCommandRunsWithTheCacheTheBuildMadeWithTheClientCompilerAndNoRecording() throws Exception {
        prepared("examloop-cli-25.0.3+9-LTS.aot", "examloop-serve-25.0.3+9-LTS.aot");
        List<String> java = launch("jdk25", Map.of(), "fsrs", "optimize", "--revlog", "log.csv");
        assertThat(java)
                .contains(
                        "-XX:AOTCache=" + copy().resolve("examloop-cli-25.0.3+9-LTS.aot"),
                        "--enable-native-access=ALL-UNNAMED",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-XX:-UsePerfData")
                .noneMatch(arg -> arg.startsWith("-XX:AOTMode") || arg.startsWith("-XX:AOTConfiguration"));
        endsWithTheEntryPointAnd(java, "fsrs", "optimize", "--revlog", "log.csv");
        assertThat(Files.readString(copy().resolve("examloop.jar")))
                .as("the copy is the build's unpacked application")
                .isEqualTo("the application jar, unpacked");
    }

    @Test
    void theCommandsThatReadPacksRunWithTheCacheTrainedOnPackList() throws Exception {
        prepared("examloop-cli-25.0.3+9-LTS.aot", "examloop-pack-25.0.3+9-LTS.aot", "examloop-serve-25.0.3+9-LTS.aot");
        for (String command : List.of("pack", "import", "export")) {
            assertThat(launch("jdk25", Map.of(), command, "--help"))
                    .as(command)
                    .contains("-XX:AOTCache=" + copy().resolve("examloop-pack-25.0.3+9-LTS.aot"), "-XX:+UseSerialGC");
        }
    }

    @Test
    void theServerRunsWithItsOwnCacheAndSpringsAotButNeitherTheClientCompilerNorTheSerialCollector() throws Exception {
        prepared("examloop-cli-25.0.3+9-LTS.aot", "examloop-serve-25.0.3+9-LTS.aot");
        List<String> java = launch("jdk25", Map.of(), "serve", "--port", "0");
        assertThat(java)
                .contains(
                        "--enable-native-access=ALL-UNNAMED",
                        "-Dspring.aot.enabled=true",
                        "-XX:AOTCache=" + copy().resolve("examloop-serve-25.0.3+9-LTS.aot"))
                .doesNotContain("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        endsWithTheEntryPointAnd(java, "serve", "--port", "0");
    }

    @Test
    void aCacheMadeByAnotherJdkOrAnOlderUnpackingIsNotUsed() throws Exception {
        prepared("examloop-cli-25.0.1+8-LTS.aot");
        assertThat(launch("jdk25", Map.of(), "pack", "list")).noneMatch(arg -> arg.startsWith("-XX:AOTCache"));

        Path app = prepared("examloop-cli-25.0.3+9-LTS.aot");
        Files.setLastModifiedTime(
                app.resolve("examloop.jar"),
                java.nio.file.attribute.FileTime.fromMillis(
                        Files.getLastModifiedTime(dir.resolve("examloop.jar")).toMillis() - 60_000));
        Files.writeString(dir.resolve("examloop.jar"), "a newer build, without its unpacking");
        List<String> java = launch("jdk25", Map.of(), "pack", "list");
        assertThat(java).noneMatch(arg -> arg.startsWith("-XX:AOTCache"));
        assertThat(Files.readString(copy().resolve("examloop.jar")))
                .as("the jar unpacked by the launcher (the stand-in java's extract)")
                .isEmpty();
    }

    @Test
    void aCollectorChosenInAnyOfTheJvmsVariablesReplacesTheSerialOne() throws Exception {
        for (String variable : List.of("EXAMLOOP_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            List<String> java = launch("jdk25", Map.of(variable, "-Xmx1g -XX:+UseG1GC"), "--version");
            assertThat(java).as(variable).doesNotContain("-XX:+UseSerialGC");
        }
        assertThat(launch(
                        "jdk25",
                        Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseLargePages -XX:ParallelGCThreads=1"),
                        "--version"))
                .as("options that choose no collector")
                .contains("-XX:+UseSerialGC");
    }

    @Test
    void classSharingChosenInAnyOfTheJvmsVariablesLeavesTheArchivesOut() throws Exception {
        prepared("examloop-cli-25.0.3+9-LTS.aot", "examloop-pack-25.0.3+9-LTS.aot");
        assertThat(launch("jdk25", Map.of(), "pack", "list")).anyMatch(arg -> arg.startsWith("-XX:AOTCache="));
        for (String variable : List.of("EXAMLOOP_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            List<String> java = launch("jdk25", Map.of(variable, "-Xshare:off"), "pack", "list");
            assertThat(java).as(variable).noneMatch(arg -> arg.startsWith("-XX:AOT") || arg.contains("SharedArchive"));
        }
    }

    @Test
    void onJdk21ACommandRunsWithTheBuildsClassDataArchiveAndNoNativeAccessOption() throws Exception {
        prepared("examloop-cli-21.0.5+11-LTS.jsa");
        List<String> java = launch("jdk21", Map.of(), "fsrs", "optimize", "--revlog", "log.csv");
        assertThat(java)
                .contains(
                        "-XX:SharedArchiveFile=" + copy().resolve("examloop-cli-21.0.5+11-LTS.jsa"), "-XX:+UseSerialGC")
                .doesNotContain("--enable-native-access=ALL-UNNAMED");
        endsWithTheEntryPointAnd(java, "fsrs", "optimize", "--revlog", "log.csv");
    }
}
