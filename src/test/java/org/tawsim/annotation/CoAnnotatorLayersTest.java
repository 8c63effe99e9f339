package org.tawsim.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tawsim.db.Tables.EVENT_LOG;

import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.annotation.layer.Span;
import org.tawsim.project.ProjectService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

class CoAnnotatorLayersTest extends DatabaseTest {

    // "جاسم" is at code points 18-22, "درعا" (inside بدرعا) at 24-28
    static final String TEXT = "اشتباكات في مدينة جاسم بدرعا";

    @Autowired
    Teams teams;
    @Autowired
    Scenarios scenarios;
    @Autowired
    AnnotationService annotations;
    @Autowired
    CoAnnotatorLayers coAnnotators;
    @Autowired
    ProjectService projects;
    @Autowired
    DSLContext dsl;

    Teams.Team team;
    UserAccount ann;
    UserAccount other;
    UserAccount unassigned;
    long documentId;
    long otherSpan;

    @BeforeEach
    void twoAnnotatorsOnOneDocument() {
        Scenario s = scenarios.project("Sharing").annotators("ann", "other").document("d.txt", TEXT).assign("ann", "other")
                // a member of the project who joined after the assignment: not assigned to the document
                .annotators("unassigned")
                .span("other", "جاسم", "LOCATION").span("other", "درعا", "LOCATION").chain("other", "جاسم", "درعا")
                .goldSpan(0, 8, "EVENT");
        team = s.team();
        ann = s.user("ann");
        other = s.user("other");
        unassigned = s.user("unassigned");
        documentId = s.documentId();
        otherSpan = s.spanId("other", "جاسم");
    }

    @Test
    void blindByDefault() {
        assertThat(projects.annotatorsSeeEachOther(team.lead(), team.project().id())).isFalse();
        assertThat(coAnnotators.mayRead(ann, documentId)).isFalse();
        assertThatThrownBy(() -> coAnnotators.coAnnotators(ann, documentId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coAnnotators.layerOf(ann, documentId, other.login())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withSharingOnACoAssignedAnnotatorReadsTheOthersSpansAndChains() {
        projects.setAnnotatorsSeeEachOther(team.lead(), team.project().id(), true);

        assertThat(coAnnotators.mayRead(ann, documentId)).isTrue();
        assertThat(coAnnotators.coAnnotators(ann, documentId)).extracting(CoAnnotator::login).containsExactly(other.login());
        Layer layer = coAnnotators.layerOf(ann, documentId, other.login());
        assertThat(layer.spans()).extracting(s -> s.start() + "-" + s.end() + " " + s.label())
                .containsExactly("18-22 LOCATION", "24-28 LOCATION");
        assertThat(layer.chains()).hasSize(1);
        assertThat(layer.chains().get(0).spanIds()).hasSize(2).contains(otherSpan);
        // and the other way round: ann has nothing yet
        assertThat(coAnnotators.layerOf(other, documentId, ann.login()).spans()).isEmpty();
    }

    @Test
    void anAnnotatorNotAssignedToTheDocumentReadsNothing() {
        projects.setAnnotatorsSeeEachOther(team.lead(), team.project().id(), true);

        assertThat(coAnnotators.mayRead(unassigned, documentId)).isFalse();
        assertThatThrownBy(() -> coAnnotators.layerOf(unassigned, documentId, other.login())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coAnnotators.coAnnotators(unassigned, documentId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coAnnotators.layerOf(teams.outsider(), documentId, other.login())).isInstanceOf(AccessDeniedException.class);
        // nor is the layer of someone not assigned (here: the lead, who owns no annotator layer) readable
        assertThatThrownBy(() -> coAnnotators.layerOf(ann, documentId, unassigned.login())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void goldIsNeverReadableAndWritesStayOwn() {
        projects.setAnnotatorsSeeEachOther(team.lead(), team.project().id(), true);

        assertThat(coAnnotators.coAnnotators(ann, documentId)).extracting(CoAnnotator::login).doesNotContain(team.lead().login());
        assertThatThrownBy(() -> coAnnotators.layerOf(ann, documentId, team.lead().login())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annotations.goldLayer(ann, documentId)).isInstanceOf(AccessDeniedException.class);
        assertThat(coAnnotators.layerOf(ann, documentId, other.login()).spans()).noneMatch(s -> s.label().equals("EVENT"));
        // an annotator's operations go to their own layer only; gold stays the leads'
        assertThatThrownBy(() -> annotations.applyToGold(ann, documentId, new CreateSpan(0, 8, "PERSON")))
                .isInstanceOf(AccessDeniedException.class);
        annotations.apply(ann, documentId, 0, UUID.randomUUID(), new CreateSpan(0, 8, "EVENT"));
        assertThat(coAnnotators.layerOf(ann, documentId, other.login()).spans()).hasSize(2).noneMatch(s -> s.start() == 0);
        // reading someone's layer is not taking it: ann cannot change a span of other's layer by its id
        assertThatThrownBy(() -> annotations.apply(ann, documentId, annotations.layer(ann, documentId).revision(),
                UUID.randomUUID(), new Operation.DeleteSpan(otherSpan))).isInstanceOf(org.tawsim.base.UserError.class);
        assertThat(coAnnotators.layerOf(ann, documentId, other.login()).spans()).extracting(Span::id).contains(otherSpan);
    }

    @Test
    void onlyLeadsAndAdminsChangeTheSetting() {
        long projectId = team.project().id();
        assertThatThrownBy(() -> projects.setAnnotatorsSeeEachOther(ann, projectId, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.setAnnotatorsSeeEachOther(teams.outsider(), projectId, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(projects.annotatorsSeeEachOther(ann, projectId)).isFalse();

        projects.setAnnotatorsSeeEachOther(team.lead(), projectId, true);
        assertThat(projects.annotatorsSeeEachOther(ann, projectId)).isTrue();
        projects.setAnnotatorsSeeEachOther(team.lead(), projectId, false);
        assertThat(coAnnotators.mayRead(ann, documentId)).isFalse();
        assertThatThrownBy(() -> coAnnotators.layerOf(ann, documentId, other.login())).isInstanceOf(AccessDeniedException.class);
        // each change is in the project's history; setting the value it already has is no change
        projects.setAnnotatorsSeeEachOther(team.lead(), projectId, false);
        assertThat(dsl.select(EVENT_LOG.PAYLOAD).from(EVENT_LOG)
                .where(EVENT_LOG.PROJECT_ID.eq(projectId).and(EVENT_LOG.KIND.eq("project.sharing.changed")))
                .and(EVENT_LOG.ACTOR_ID.eq(team.lead().id())).orderBy(EVENT_LOG.ID).fetch(r -> r.value1().data()))
                .containsExactly("{\"annotatorsSeeEachOther\": true}", "{\"annotatorsSeeEachOther\": false}");
    }
}
