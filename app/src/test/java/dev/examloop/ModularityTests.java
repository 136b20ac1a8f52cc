package dev.examloop;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules keep to their public APIs and to the dependencies each declares in its
 * {@code package-info.java} (docs/decisions/0050-module-graph-and-events.md); the module diagrams are written
 * to target/spring-modulith-docs.
 */
class ModularityTests {
    // The pure core (dev.examloop.core, its own Maven module) is a library to the application, not a feature
    // module of it: its classes are left out of the analysis like any other library's.
    private final ApplicationModules modules = ApplicationModules.of(
            ExamloopApplication.class, JavaClass.Predicates.resideInAPackage("dev.examloop.core.."));

    @Test
    void keepsModuleBoundaries() {
        modules.verify();
    }

    /**
     * An empty {@code allowedDependencies} means "anything" to Spring Modulith, so a module may declare it only if
     * it uses no other module (the bottom of the graph); every other module names what it may use.
     */
    @Test
    void declaresWhichModulesEveryModuleMayUse() {
        Map<String, List<String>> undeclared = new TreeMap<>();
        for (ApplicationModule module : modules) {
            var declared = module.getBasePackage().getAnnotation(org.springframework.modulith.ApplicationModule.class);
            List<String> uses = module.getDirectDependencies(modules)
                    .uniqueModules()
                    .map(ApplicationModule::getName)
                    .toList();
            if (declared.isEmpty() || (declared.get().allowedDependencies().length == 0 && !uses.isEmpty())) {
                undeclared.put(module.getName(), uses);
            }
        }
        assertThat(modules.stream().count()).isGreaterThanOrEqualTo(13);
        assertThat(undeclared)
                .as("modules without allowedDependencies, with what they use")
                .isEmpty();
    }

    @Test
    void keepsTheWebShellAndSearchBelowTheFeatures() {
        assertThat(uses("web")).isSubsetOf(Set.of("common"));
        assertThat(uses("search")).doesNotContain("exam", "review", "postmortem", "notes", "map", "planner", "cli");
        assertThat(uses("common")).isEmpty();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private List<String> uses(String name) {
        return modules.getModuleByName(name)
                .orElseThrow()
                .getDirectDependencies(modules)
                .uniqueModules()
                .map(ApplicationModule::getName)
                .toList();
    }
}
