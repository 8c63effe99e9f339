package org.tawsim.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.project.Project;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

class AssignmentServiceTest extends DatabaseTest {

    @Autowired
    Teams teams;
    @Autowired
    Scenarios scenarios;
    @Autowired
    AssignmentService assignments;

    @Test
    void balancesDocumentsAndTracksProgress() {
        Scenario s = scenarios.project("Assign").annotators("a", "b", "c");
        for (int i = 0; i < 6; i++) {
            s.document("doc" + i + ".txt", "مقال " + i);
        }
        Teams.Team team = s.team();
        UserAccount lead = team.lead();
        Project project = team.project();
        List<UserAccount> annotators = team.annotators();

        assertThat(assignments.assignBalanced(lead, project.id(), 2, List.of())).isEqualTo(12);
        assertThat(assignments.assignBalanced(lead, project.id(), 2, List.of())).isZero(); // already covered

        UserAccount first = annotators.get(0);
        List<MyAssignment> queue = assignments.queue(first);
        assertThat(queue).hasSize(4).allMatch(a -> a.status() == AssignmentStatus.NEW);
        long doc = queue.get(0).documentId();
        assignments.opened(first, doc);
        assignments.markDone(first, queue.get(1).documentId());

        assertThat(assignments.progress(lead, project.id()))
                .filteredOn(p -> p.annotatorId() == first.id())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.assigned()).isEqualTo(4);
                    assertThat(p.inProgress()).isEqualTo(1);
                    assertThat(p.done()).isEqualTo(1);
                    assertThat(p.percentDone()).isEqualTo(25);
                });
        assertThat(assignments.progress(lead, project.id())).extracting(AnnotatorProgress::assigned).containsOnly(4);

        assignments.reopen(first, queue.get(1).documentId());
        assertThat(assignments.status(first, queue.get(1).documentId())).contains(AssignmentStatus.IN_PROGRESS);
        assertThatThrownBy(() -> assignments.progress(first, project.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void saysWhenThereIsNobodyToAssign() {
        Teams.Team team = teams.create("Empty");
        assertThatThrownBy(() -> assignments.assignBalanced(team.lead(), team.project().id(), 1, List.of()))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("assign.error.no-annotators"));
    }
}
