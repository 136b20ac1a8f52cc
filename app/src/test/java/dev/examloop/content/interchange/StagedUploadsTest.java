package dev.examloop.content.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.support.MutableClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads wait on disk for their confirmation for an hour at most, under a name that is safe on any disk. */
class StagedUploadsTest {
    @TempDir
    Path data;

    private static ByteArrayInputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsAnUploadForAnHourThenForgetsIt() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
        StagedUploads uploads = new StagedUploads(data, clock);
        StagedUploads.Staged staged = uploads.stage("bank.gift", text("::Q:: {=a ~b}"));

        clock.advance(Duration.ofMinutes(59));
        assertThat(uploads.find(staged.token())).isPresent();

        clock.advance(Duration.ofMinutes(2));
        assertThat(uploads.find(staged.token())).isEmpty();
        uploads.sweep();
        assertThat(data.resolve("imports").resolve(staged.token())).doesNotExist();
    }

    @Test
    void findsNothingForATokenThatIsNotOneOfItsOwn() {
        StagedUploads uploads = new StagedUploads(data, new MutableClock(Instant.parse("2026-12-07T10:00:00Z")));
        uploads.stage("bank.gift", text("x"));

        assertThat(uploads.find("../../etc")).isEmpty();
        assertThat(uploads.find("0123456789abcdef0123456789abcdef")).isEmpty();
        assertThat(uploads.find(null)).isEmpty();
    }

    @Test
    void keepsAtMostSixteenUploads() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
        StagedUploads uploads = new StagedUploads(data, clock);
        String first = uploads.stage("first.gift", text("x")).token();
        for (int i = 0; i < StagedUploads.MOST + 4; i++) {
            clock.advance(Duration.ofSeconds(1));
            uploads.stage("bank" + i + ".gift", text("x"));
        }

        try (var folders = Files.list(data.resolve("imports"))) {
            assertThat(folders.count()).isEqualTo(StagedUploads.MOST);
        }
        assertThat(uploads.find(first)).isEmpty();
    }

    @Test
    void namesTheFileAfterTheLastSegmentOfTheBrowsersNameWithoutWhatNoDiskTakes() {
        assertThat(StagedUploads.safeName("C:\\Users\\me\\My bank.gift")).isEqualTo("My bank.gift");
        assertThat(StagedUploads.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(StagedUploads.safeName("..hidden\u0000.txt")).isEqualTo("hidden.txt");
        assertThat(StagedUploads.safeName("")).isEqualTo("upload");
        assertThat(StagedUploads.safeName("a".repeat(300) + ".gift"))
                .hasSize(100)
                .endsWith(".gift");
    }
}
