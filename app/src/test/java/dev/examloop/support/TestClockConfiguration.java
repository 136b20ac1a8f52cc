package dev.examloop.support;

import java.time.Instant;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A hand-moved clock and a seeded random source for application tests. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {
    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.parse("2026-11-29T09:00:00Z"));
    }

    @Bean
    @Primary
    RandomGenerator testRandom() {
        return new Random(42);
    }
}
