package org.tawsim.agreement.metric;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The agreement engine stays pure Java: no Spring, Vaadin, jOOQ, nor any other Tawsim package. */
class MetricPackageArchitectureTest {

    @Test
    void dependsOnNothingButTheJdk() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tawsim.agreement.metric");
        classes().that().resideInAPackage("org.tawsim.agreement.metric")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.tawsim.agreement.metric", "java..")
                .check(classes);
    }
}
