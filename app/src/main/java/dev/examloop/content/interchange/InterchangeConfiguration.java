package dev.examloop.content.interchange;

import dev.examloop.core.interchange.Interchange;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** The interchange of the running application: the formats (with .apkg), imports, exports and staged uploads. */
@Configuration(proxyBeanMethods = false)
class InterchangeConfiguration {
    @Bean
    Interchange interchange() {
        return new Interchange(List.of(new ApkgFormat()));
    }

    @Bean
    PackImports packImports(@Value("${examloop.data-dir:${user.home}/.examloop}") Path dataDir, Interchange formats) {
        return new PackImports(dataDir.toAbsolutePath(), formats);
    }

    @Bean
    PackExports packExports(Interchange formats) {
        return new PackExports(formats);
    }

    @Bean
    StagedUploads stagedUploads(@Value("${examloop.data-dir:${user.home}/.examloop}") Path dataDir, Clock clock) {
        return new StagedUploads(dataDir.toAbsolutePath(), clock);
    }

    @Bean
    Sweeper stagedUploadSweeper(StagedUploads uploads) {
        return new Sweeper(uploads);
    }

    /** Deletes expired staged uploads every ten minutes, and once at start-up. */
    static final class Sweeper {
        private final StagedUploads uploads;

        Sweeper(StagedUploads uploads) {
            this.uploads = uploads;
        }

        @Scheduled(initialDelay = 0, fixedDelay = 600_000)
        void sweep() {
            uploads.sweep();
        }
    }
}
