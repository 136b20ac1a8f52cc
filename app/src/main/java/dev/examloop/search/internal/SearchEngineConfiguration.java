package dev.examloop.search.internal;

import dev.examloop.storage.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chooses the full-text engine of the database in use. */
@Configuration(proxyBeanMethods = false)
class SearchEngineConfiguration {
    @Bean
    SearchEngine searchEngine(Database database, JdbcClient jdbc) {
        return switch (database) {
            case SQLITE -> new Fts5Engine(jdbc);
            case POSTGRESQL -> new PostgresEngine(jdbc);
        };
    }
}
