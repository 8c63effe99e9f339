package org.tawsim.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tawsim.db.Tables.EVENT_LOG;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/** A lead's assignment actions on the real database: the matrix, assign, unassign (never losing work), reassign. */
class LeadAssignmentsTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;
    @Autowired
    DSLContext dsl;

    @Test
    void theMatrixShowsStatusSpansAndLastChangePerCell() {
        Scenario s = scenarios.project("Matrix").annotators("a", "b").document("first", text("first")).document("second", text("second"));
        Teams.Team team = s.team();
        long first = s.documentId("first");
        long second = s.documentId("second");
        UserAccount a = s.user("a");
        UserAccount b = s.user("b");
        assertThat(assignments.assign(team.lead(), team.project().id(), List.of(first), List.of(a.login(), b.login()))).hasSize(2);
        assertThat(assignments.assign(team.lead(), team.project().id(), List.of(first, second), List.of(b.login())))
                .as("existing pairs are kept, only the new one is created").singleElement()
                .satisfies(c -> assertThat(c.documentId()).isEqualTo(second));
        s.on("first").span("a", 0, 4, "LOCATION").span("a", 5, 8, "LOCATION").done("a");

        AssignmentMatrix matrix = assignments.matrix(team.lead(), team.project().id());
        assertThat(matrix.annotators()).extracting(m -> m.login()).containsExactlyInAnyOrder(a.login(), b.login());
        AssignmentMatrix.Row firstRow = matrix.documents().stream().filter(r -> r.documentId() == first).findFirst().orElseThrow();
        AssignmentMatrix.Row secondRow = matrix.documents().stream().filter(r -> r.documentId() == second).findFirst().orElseThrow();
        assertThat(firstRow.cells().get(a.login())).satisfies(c -> {
            assertThat(c.status()).isEqualTo(AssignmentStatus.DONE);
            assertThat(c.spans()).isEqualTo(2);
            assertThat(c.updatedAt()).isNotNull();
        });
        assertThat(firstRow.cells().get(b.login())).satisfies(c -> {
            assertThat(c.status()).isEqualTo(AssignmentStatus.NEW);
            assertThat(c.spans()).isZero();
        });
        assertThat(secondRow.cells()).containsOnlyKeys(b.login());
        assertThatThrownBy(() -> assignments.matrix(a, team.project().id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unassigningALayerWithSpansIsRefusedWithTheCountAndLosesNothing() {
        Scenario s = scenarios.project("Unassign").annotators("a", "b").document("doc", text("doc")).assign("a", "b")
                .span("a", 0, 4, "LOCATION").span("a", 5, 8, "LOCATION");
        Teams.Team team = s.team();
        long doc = s.documentId();
        UserAccount a = s.user("a");
        UserAccount b = s.user("b");

        assertThatThrownBy(() -> assignments.unassign(team.lead(), team.project().id(), doc, a.login()))
                .isInstanceOf(AssignmentHasWork.class)
                .satisfies(e -> assertThat(((AssignmentHasWork) e).spans()).isEqualTo(2));
        assertThat(assignments.status(a, doc)).isPresent();
        assertThat(annotations.layer(a, doc).spans()).hasSize(2);

        assignments.unassign(team.lead(), team.project().id(), doc, b.login());
        assertThat(assignments.status(b, doc)).isEmpty();
        assertThatThrownBy(() -> annotations.layer(b, doc)).isInstanceOf(AccessDeniedException.class);
        assignments.unassign(team.lead(), team.project().id(), doc, b.login()); // nothing to do: no error
        assertThat(events(doc, "assignment.added")).isEqualTo(2);
        assertThat(events(doc, "assignment.removed")).isEqualTo(1);
        assertThatThrownBy(() -> assignments.unassign(a, team.project().id(), doc, b.login()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reassignMovesAnUntouchedDocumentAndRefusesAStartedOne() {
        Scenario s = scenarios.project("Reassign").annotators("a", "b", "c").document("doc", text("doc")).assign("a");
        Teams.Team team = s.team();
        long doc = s.documentId();
        UserAccount a = s.user("a");
        UserAccount b = s.user("b");
        UserAccount c = s.user("c");

        assignments.reassign(team.lead(), team.project().id(), doc, a.login(), b.login());
        assertThat(assignments.status(a, doc)).isEmpty();
        assertThat(assignments.status(b, doc)).contains(AssignmentStatus.NEW);

        s.span("b", 0, 4, "LOCATION");
        assertThatThrownBy(() -> assignments.reassign(team.lead(), team.project().id(), doc, b.login(), c.login()))
                .isInstanceOf(AssignmentHasWork.class);
        assertThat(assignments.status(c, doc)).as("nothing changed").isEmpty();
        assertThat(assignments.status(b, doc)).isPresent();
    }

    @Test
    void bulkAssignBalancesOverTheChosenAnnotatorsAndRefusesStrangers() {
        Scenario s = scenarios.project("Bulk").annotators("a", "b", "c")
                .document("d1", text("d1")).document("d2", text("d2")).document("d3", text("d3")).document("d4", text("d4"));
        Teams.Team team = s.team();
        List<Long> docs = s.documentIds();
        UserAccount a = s.user("a");
        UserAccount b = s.user("b");
        long projectId = team.project().id();

        List<AssignmentCell> created = assignments.assignBalanced(team.lead(), projectId, 1, List.of(), List.of(a.login(), b.login()));
        assertThat(created).hasSize(4).extracting(AssignmentCell::login).containsOnly(a.login(), b.login());
        assertThat(created).filteredOn(cell -> cell.login().equals(a.login())).hasSize(2);
        assertThat(assignments.queue(team.annotator(2))).isEmpty();

        Scenario other = scenarios.project("Bulk other").annotators("x").document("foreign", text("foreign"));
        long foreign = other.documentId();
        assertThatThrownBy(() -> assignments.assign(team.lead(), projectId, List.of(docs.get(0), foreign), List.of(a.login())))
                .as("another project's document is refused like a forbidden one").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.assign(team.lead(), projectId, docs, List.of(other.user("x").login())))
                .isInstanceOf(UserError.class).hasMessageContaining("assign.error.not-annotator");
        assertThatThrownBy(() -> assignments.assign(team.lead(), projectId, docs, List.of(team.lead().login())))
                .as("a lead is not an annotator").isInstanceOf(UserError.class);
        assertThat(assignments.matrix(team.lead(), projectId).documents()).flatExtracting(r -> r.cells().values()).hasSize(4);
    }

    private static String text(String name) {
        return "اشتباكات في مدينة جاسم " + name;
    }

    private int events(long documentId, String kind) {
        return dsl.fetchCount(EVENT_LOG, EVENT_LOG.DOCUMENT_ID.eq(documentId).and(EVENT_LOG.KIND.eq(kind)));
    }
}
