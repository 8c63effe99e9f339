package org.tawsim.export.format;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The text and format packages are pure Java over records and streams, so they can be tested and reused without
 * the application: no Spring, Vaadin, jOOQ or other Tawsim package. Formats may use the text package and
 * Jackson.
 */
class PurePackagesArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tawsim.text", "org.tawsim.export.format");

    @Test
    void textDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("org.tawsim.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.tawsim.text..")
                .check(CLASSES);
    }

    @Test
    void formatsDependOnTheJdkTextAndJacksonOnly() {
        classes().that().resideInAPackage("org.tawsim.export.format..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.tawsim.text..",
                        "org.tawsim.export.format..", "com.fasterxml.jackson..")
                .check(CLASSES);
    }
}
