package dev.examloop.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Runs a Spring test on a database of its own: a fresh data folder holding the test packs, and either a SQLite file
 * in it or a new PostgreSQL schema. The one way to put a contract on both databases, in one file:
 *
 * <pre>{@code
 * class AttemptApiTest {
 *     @Nested @OnDatabase(SQLITE) class OnSqlite extends AttemptApiContract {}
 *     @Nested @OnDatabase(POSTGRES) class OnPostgres extends AttemptApiContract {}
 * }
 * }</pre>
 *
 * Each annotated class gets its own application context (and so its own database), made when JUnit first needs it.
 * An unreachable PostgreSQL fails the test, as {@link TestDatabases#freshPostgresSchema()} says.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ContextCustomizerFactories(OnDatabase.Factory.class)
public @interface OnDatabase {
    Kind value();

    enum Kind {
        SQLITE,
        POSTGRES
    }

    /** Reads the annotation on the test class (or a class enclosing it) and adds the database's properties. */
    final class Factory implements ContextCustomizerFactory {
        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            OnDatabase on = TestContextAnnotationUtils.findMergedAnnotation(testClass, OnDatabase.class);
            return on == null ? null : new Customizer(on.value(), testClass);
        }
    }

    /** Equal only for the same class: two contracts never share a database. */
    record Customizer(Kind kind, Class<?> testClass) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Path data = TestDatabases.dataDirWithTestPacks();
            String url = switch (kind) {
                case SQLITE -> TestDatabases.sqliteUrl(data);
                case POSTGRES -> TestDatabases.freshPostgresSchema();
            };
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "examloop-test-database",
                            Map.of("examloop.data-dir", data.toString(), "examloop.db-url", url)));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer that && kind == that.kind && testClass == that.testClass;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, testClass.getName());
        }
    }
}
