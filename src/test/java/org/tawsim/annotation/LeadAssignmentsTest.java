package org.tawsim.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tawsim.db.Tables.EVENT_LOG;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

/** A lead's assignment actions on the real database: the matrix, assign, unassign (never losing work), reassign. */
class LeadAssignmentsTest extends DatabaseTest {

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;
    @Autowired
    DSLContext dsl;

    @Test
    void theMatrixShowsStatusSpansAndLastChangePerCell() {
        Teams.Team team = teams.create("Matrix", "a", "b");
        long first = document(team, "first");
        long second = document(team, "second");
        UserAccount a = team.annotator(0);
        UserAccount b = team.annotator(1);
        assertThat(assignments.assign(team.lead(), team.project().id(), List.of(first), List.of(a.login(), b.login()))).hasSize(2);
        assertThat(assignments.assign(team.lead(), team.project().id(), List.of(first, second), List.of(b.login())))
                .as("existing pairs are kept, only the new one is created").singleElement()
                .satisfies(c -> assertThat(c.documentId()).isEqualTo(second));
        span(a, first, 0, 4);
        span(a, first, 5, 8);
        assignments.markDone(a, first);

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
        Teams.Team team = teams.create("Unassign", "a", "b");
        long doc = document(team, "doc");
        UserAccount a = team.annotator(0);
        UserAccount b = team.annotator(1);
        assignments.assign(team.lead(), team.project().id(), List.of(doc), List.of(a.login(), b.login()));
        span(a, doc, 0, 4);
        span(a, doc, 5, 8);

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
        Teams.Team team = teams.create("Reassign", "a", "b", "c");
        long doc = document(team, "doc");
        UserAccount a = team.annotator(0);
        UserAccount b = team.annotator(1);
        UserAccount c = team.annotator(2);
        assignments.assign(team.lead(), team.project().id(), List.of(doc), List.of(a.login()));

        assignments.reassign(team.lead(), team.project().id(), doc, a.login(), b.login());
        assertThat(assignments.status(a, doc)).isEmpty();
        assertThat(assignments.status(b, doc)).contains(AssignmentStatus.NEW);

        span(b, doc, 0, 4);
        assertThatThrownBy(() -> assignments.reassign(team.lead(), team.project().id(), doc, b.login(), c.login()))
                .isInstanceOf(AssignmentHasWork.class);
        assertThat(assignments.status(c, doc)).as("nothing changed").isEmpty();
        assertThat(assignments.status(b, doc)).isPresent();
    }

    @Test
    void bulkAssignBalancesOverTheChosenAnnotatorsAndRefusesStrangers() {
        Teams.Team team = teams.create("Bulk", "a", "b", "c");
        List<Long> docs = List.of(document(team, "d1"), document(team, "d2"), document(team, "d3"), document(team, "d4"));
        UserAccount a = team.annotator(0);
        UserAccount b = team.annotator(1);
        long projectId = team.project().id();

        List<AssignmentCell> created = assignments.assignBalanced(team.lead(), projectId, 1, List.of(), List.of(a.login(), b.login()));
        assertThat(created).hasSize(4).extracting(AssignmentCell::login).containsOnly(a.login(), b.login());
        assertThat(created).filteredOn(cell -> cell.login().equals(a.login())).hasSize(2);
        assertThat(assignments.queue(team.annotator(2))).isEmpty();

        Teams.Team other = teams.create("Bulk other", "x");
        long foreign = document(other, "foreign");
        assertThatThrownBy(() -> assignments.assign(team.lead(), projectId, List.of(docs.get(0), foreign), List.of(a.login())))
                .as("another project's document is refused like a forbidden one").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.assign(team.lead(), projectId, docs, List.of(other.annotator(0).login())))
                .isInstanceOf(UserError.class).hasMessageContaining("assign.error.not-annotator");
        assertThatThrownBy(() -> assignments.assign(team.lead(), projectId, docs, List.of(team.lead().login())))
                .as("a lead is not an annotator").isInstanceOf(UserError.class);
        assertThat(assignments.matrix(team.lead(), projectId).documents()).flatExtracting(r -> r.cells().values()).hasSize(4);
    }

    private long document(Teams.Team team, String name) {
        return documents.importTextFile(team.lead(), team.project().id(), name + ".txt",
                ("اشتباكات في مدينة جاسم " + name).getBytes(StandardCharsets.UTF_8), null).id();
    }

    private void span(UserAccount annotator, long documentId, int start, int end) {
        annotations.apply(annotator, documentId, annotations.layer(annotator, documentId).revision(), UUID.randomUUID(),
                new Operation.CreateSpan(start, end, "LOCATION"));
    }

    private int events(long documentId, String kind) {
        return dsl.fetchCount(EVENT_LOG, EVENT_LOG.DOCUMENT_ID.eq(documentId).and(EVENT_LOG.KIND.eq(kind)));
    }
}
