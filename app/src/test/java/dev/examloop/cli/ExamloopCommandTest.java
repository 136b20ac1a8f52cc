package dev.examloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The root command: subcommands are made only when named, yet the help and the errors still know them all. */
class ExamloopCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ExamloopCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args)
                .exitCode();
    }

    @Test
    void helpListsEverySubcommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("serve", "pack", "fsrs", "revlog", "goal", "plan", "search");
    }

    @Test
    void noArgumentsPrintsTheUsageWithEverySubcommand() {
        assertThat(run()).isZero();
        assertThat(out.toString()).contains("Usage: examloop").contains("fsrs", "search");
    }

    @Test
    void aSubcommandsOwnHelpWorksWhenOnlyItIsMade() {
        assertThat(run("fsrs", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: examloop fsrs").contains("optimize", "replay");
        assertThat(run("fsrs", "optimise", "--help")).isZero();
        assertThat(out.toString()).contains("--revlog");
    }

    @Test
    void anUnknownSubcommandIsNamedAndTheKnownOnesSuggested() {
        assertThat(run("serch", "batch transform")).isEqualTo(2);
        assertThat(err.toString()).contains("serch").contains("search");
    }

    @Test
    void theVersionOptionNeedsNoSubcommand() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).isNotBlank();
    }

    /** picocli formats descriptions with String.format: a lone % makes it warn on standard error and print raw text. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "serve",
                "pack lint",
                "pack list",
                "fsrs replay",
                "fsrs optimize",
                "revlog export",
                "revlog import",
                "goal set",
                "goal show",
                "plan show",
                "plan ics",
                "search"
            })
    void everyCommandsHelpFormatsWithoutWarnings(String command) {
        PrintStream standardError = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(run((command + " --help").split(" "))).isZero();
        } finally {
            System.setErr(standardError);
        }
        assertThat(out.toString()).startsWith("Usage: examloop " + command);
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
        assertThat(err.toString()).isEmpty();
    }
}
