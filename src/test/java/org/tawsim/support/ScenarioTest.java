package org.tawsim.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.AssignmentStatus;
import org.tawsim.annotation.layer.Chain;
import org.tawsim.annotation.Layer;
import org.tawsim.annotation.layer.Span;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.Member;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;

/** The scenario builder makes what it says, read back through the same services the app uses. */
class ScenarioTest extends DatabaseTest {

    // Code points: 😀 is one (two UTF-16 units); مدينة جاسم starts at 14, جاسم at 20, درعا (in بدرعا) at 26, and again at 35.
    static final String TEXT = "😀 اشتباكات في مدينة جاسم بدرعا وفي درعا";

    @Autowired
    Scenarios scenarios;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;

    @Test
    void spansLandInTheAnnotatorsLayerAtCodePointOffsets() {
        Scenario s = scenarios.project("Builder").annotators("amal", "bilal")
                .document("jasim", TEXT).assign("amal", "bilal")
                .span("amal", "مدينة جاسم", "LOCATION")
                .span("amal", "درعا", 2, "LOCATION")
                .span("amal", 20, 24, "PERSON");

        Layer amal = annotations.layer(s.user("amal"), s.documentId());
        assertThat(amal.spans()).extracting(Span::start, Span::end, Span::label).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(14, 24, "LOCATION"),
                org.assertj.core.groups.Tuple.tuple(35, 39, "LOCATION"),
                org.assertj.core.groups.Tuple.tuple(20, 24, "PERSON"));
        assertThat(amal.spans()).extracting(Span::id).containsExactlyInAnyOrderElementsOf(
                s.spans().stream().map(Scenario.CreatedSpan::id).toList());
        assertThat(amal.revision()).isEqualTo(3);
        assertThat(annotations.layer(s.user("bilal"), s.documentId()).spans()).isEmpty();
        assertThat(documents.get(s.lead(), s.documentId()).title()).isNotBlank();
        assertThat(documents.summary(s.lead(), s.documentId()).sourceFile()).isEqualTo("jasim.txt");
    }

    @Test
    void chainsLinkTheSpansNamedBySurfaceOrId() {
        Scenario s = scenarios.project("Chains").annotators("amal")
                .document("jasim", TEXT).assign("amal")
                .span("amal", "مدينة جاسم", "LOCATION").span("amal", "جاسم", "LOCATION")
                .span("amal", "درعا", "LOCATION");
        long firstDaraa = s.lastSpan();
        s.span("amal", "درعا", 2, "LOCATION");
        long secondDaraa = s.lastSpan();
        long city = s.spanId("amal", "مدينة جاسم");
        long jasim = s.spanId("amal", "جاسم");

        long bySurface = s.chain("amal", "مدينة جاسم", "جاسم").lastChain();
        long byId = s.chain("amal", firstDaraa, secondDaraa).lastChain();

        Layer layer = annotations.layer(s.user("amal"), s.documentId());
        assertThat(layer.chains()).containsExactlyInAnyOrder(
                new Chain(bySurface, List.of(city, jasim)), new Chain(byId, List.of(firstDaraa, secondDaraa)));
        assertThatThrownBy(() -> s.spanId("amal", "درعا")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void membersAssignmentsDoneAndGoldGoThroughTheServices() {
        Scenario s = scenarios.project("Team").lead("boss").annotators("amal", "bilal").viewers("ml")
                .document("one", "وصل الوفد إلى دمشق").document("two.txt", "قال أحمد إن الوضع هادئ").assignBalanced(2)
                .on("one").done("amal").goldSpan(14, 18, "LOCATION");

        assertThat(projects.members(s.lead(), s.projectId())).extracting(Member::login, Member::role).contains(
                org.assertj.core.groups.Tuple.tuple(s.user("amal").login(), ProjectRole.ANNOTATOR),
                org.assertj.core.groups.Tuple.tuple(s.user("bilal").login(), ProjectRole.ANNOTATOR),
                org.assertj.core.groups.Tuple.tuple(s.user("ml").login(), ProjectRole.VIEWER));
        assertThat(s.lead().login()).startsWith("boss-");
        assertThat(s.documentIds()).containsExactly(s.documentId("one"), s.documentId("two.txt"));
        assertThat(assignments.status(s.user("amal"), s.documentId("one"))).contains(AssignmentStatus.DONE);
        assertThat(assignments.status(s.user("bilal"), s.documentId("one"))).isPresent().get().isNotEqualTo(AssignmentStatus.DONE);
        assertThat(assignments.status(s.user("amal"), s.documentId("two.txt"))).isPresent();
        assertThat(annotations.goldLayer(s.lead(), s.documentId("one")).spans())
                .containsExactly(new Span(s.lastSpan(), 14, 18, "LOCATION"));
        assertThat(s.team().annotators()).containsExactly(s.user("amal"), s.user("bilal"));
        assertThat(List.of(s.team().project().id())).containsExactly(s.projectId());
    }
}
