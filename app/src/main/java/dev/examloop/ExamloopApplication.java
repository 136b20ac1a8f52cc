package dev.examloop;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Spring Boot application: every direct sub-package is a module (verified by {@code ModularityTests}). */
@SpringBootApplication
@EnableScheduling
public class ExamloopApplication {
    /**
     * Spring's ahead-of-time processing (the build's process-aot) starts the application from here to read its
     * bean definitions; people start it with {@code examloop serve} ({@code dev.examloop.cli.Examloop}).
     */
    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(ExamloopApplication.class, args);
    }

    /** The one clock of the application; tests replace it. Nothing else reads the wall clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The one source of randomness (it seeds each draw); tests replace it with a seeded one. */
    @Bean
    RandomGenerator random() {
        return new SecureRandom();
    }
}
