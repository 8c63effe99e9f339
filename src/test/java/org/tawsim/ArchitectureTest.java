package org.tawsim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package boundaries README's "Code layout" describes, checked on every build. */
@AnalyzeClasses(packages = "org.tawsim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] PURE = {"org.tawsim.text..", "org.tawsim.agreement.metric..", "org.tawsim.format..",
            "org.tawsim.curation.merge..", "org.tawsim.suggestion.match.."};

    @ArchTest
    static final ArchRule pureLogicUsesNoFramework = noClasses().that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "org.jooq..",
                    "org.tawsim.db..", "jakarta.servlet..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule textDependsOnTheJdkOnly = classes().that().resideInAPackage("org.tawsim.text..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.tawsim.text..");

    @ArchTest
    static final ArchRule formatsDependOnTheJdkTextAndJacksonOnly = classes().that().resideInAPackage("org.tawsim.format..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.tawsim.text..",
                    "org.tawsim.format..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule agreementMetricsDependOnTheJdkOnly = classes().that().resideInAPackage("org.tawsim.agreement.metric..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.tawsim.agreement.metric..");

    @ArchTest
    static final ArchRule preMergeDependsOnTheJdkOnly = classes().that().resideInAPackage("org.tawsim.curation.merge..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.tawsim.curation.merge..");

    @ArchTest
    static final ArchRule stringMatchingDependsOnTheJdkOnly = classes().that().resideInAPackage("org.tawsim.suggestion.match..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.tawsim.suggestion.match..");

    @ArchTest
    static final ArchRule onlyRepositoriesTouchJooq = noClasses()
            .that().resideOutsideOfPackage("org.tawsim.db..")
            .and().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.tawsim.db..");

    @ArchTest
    static final ArchRule viewsCallServicesNotRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    @ArchTest
    static final ArchRule servicesKnowNoViews = noClasses().that().resideOutsideOfPackages("..ui..", "org.tawsim", "org.tawsim.base")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin.flow.component..");

    @ArchTest
    static final ArchRule repositoriesStayInsideTheirFeature = classes().that().haveSimpleNameEndingWith("Repository")
            .and().resideOutsideOfPackage("org.tawsim.db..")
            .should().notBePublic();
}
