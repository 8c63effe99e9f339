package org.tawsim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/** The package boundaries README's "Code layout" describes, checked on every build. */
@AnalyzeClasses(packages = "org.tawsim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] PURE = {"org.tawsim.text..", "org.tawsim.agreement.metric..", "org.tawsim.format..",
            "org.tawsim.curation.merge..", "org.tawsim.suggestion.model.."};

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
    static final ArchRule nameModelDependsOnTheJdkTextAndOpenNlpOnly = classes().that().resideInAPackage("org.tawsim.suggestion.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.tawsim.text..",
                    "org.tawsim.suggestion.model..", "opennlp.tools..");

    @ArchTest
    static final ArchRule onlyRepositoriesTouchJooq = noClasses()
            .that().resideOutsideOfPackage("org.tawsim.db..")
            .and().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.tawsim.db..");

    /** The tables the annotation-layer kernel owns; their generated jOOQ classes are used by the kernel alone. */
    private static final Set<String> LAYER_TABLES = Set.of("Span", "Chain", "ChainMember", "AnnotationLayer");

    @ArchTest
    static final ArchRule onlyTheLayerKernelTouchesTheLayerTables = noClasses()
            .that().resideOutsideOfPackages("org.tawsim.annotation.layer..", "org.tawsim.db..")
            .should().dependOnClassesThat(DescribedPredicate.describe("jOOQ classes of the tables " + LAYER_TABLES,
                    (JavaClass c) -> c.getPackageName().equals("org.tawsim.db.tables") && LAYER_TABLES.contains(c.getSimpleName())
                            || c.getPackageName().equals("org.tawsim.db.tables.records")
                            && LAYER_TABLES.contains(c.getSimpleName().replaceFirst("Record$", ""))));

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

    // The event log has one owner: every event is a typed record appended and read through annotation.layer.event.
    @ArchTest
    static final ArchRule onlyTheLayerKernelTouchesTheEventLogTable = noClasses()
            .that().resideOutsideOfPackages("org.tawsim.annotation.layer..", "org.tawsim.db..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.tawsim.db.tables.EventLog")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.tawsim.db.tables.records.EventLogRecord");
}
