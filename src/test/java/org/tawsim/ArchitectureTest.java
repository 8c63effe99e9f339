package org.tawsim;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** The package boundaries README's "Code layout" describes, checked on every build. */
@AnalyzeClasses(packages = "org.tawsim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] PURE = {"org.tawsim.text..", "org.tawsim.agreement.metric..", "org.tawsim.format..",
            "org.tawsim.curation.merge..", "org.tawsim.suggestion.match..", "org.tawsim.suggestion.model.."};

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

    // Feature slices (docs/architecture.md): features meet through contribution interfaces (menu entries,
    // project tabs), never in a cycle; base is the infrastructure every feature uses and knows none of them.
    // A slice is the first package under org.tawsim ("org.tawsim.(*).."), except the annotation-layer kernel
    // (with its event log), the layer below the features that project and corpus write their events through.
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals("org.tawsim.annotation.layer") || name.startsWith("org.tawsim.annotation.layer.")) {
                return SliceIdentifier.of("annotation.layer");
            }
            return name.startsWith("org.tawsim.") ? SliceIdentifier.of(name.substring(11).split("\\.")[0])
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the features of org.tawsim, the annotation-layer kernel as a slice of its own";
        }
    };

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().assignedFrom(FEATURES).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule baseKnowsNoFeature = noClasses().that().resideInAPackage("org.tawsim.base..")
            .should().dependOnClassesThat(resideInAPackage("org.tawsim..").and(resideOutsideOfPackage("org.tawsim.base..")));
}
