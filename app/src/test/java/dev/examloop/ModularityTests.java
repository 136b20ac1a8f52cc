package dev.examloop;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature modules keep to their public APIs; the module diagrams are written to target/spring-modulith-docs. */
class ModularityTests {
    // The pure core (dev.examloop.core, its own Maven module) is a library to the application, not a feature
    // module of it: its classes are left out of the analysis like any other library's.
    private final ApplicationModules modules = ApplicationModules.of(
            ExamloopApplication.class, JavaClass.Predicates.resideInAPackage("dev.examloop.core.."));

    @Test
    void keepsModuleBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
