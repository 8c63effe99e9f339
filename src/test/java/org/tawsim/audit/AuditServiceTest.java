package org.tawsim.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.Operation;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.annotation.Operation.DeleteSpan;
import org.tawsim.annotation.Operation.MoveMentions;
import org.tawsim.annotation.Operation.UpdateSpan;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

class AuditServiceTest extends DatabaseTest {

    // "جاسم" starts at code point 18, "درعا" (inside بدرعا) at 24.
    static final String TEXT = "اشتباكات في مدينة جاسم بدرعا";

    @Autowired
    Teams teams;
    @Autowired
    Scenarios scenarios;
    @Autowired
    AnnotationService annotations;
    @Autowired
    AuditService audit;

    Teams.Team team;
    UserAccount ann;
    UserAccount other;
    long documentId;

    @BeforeEach
    void assignedDocument() {
        Scenario s = scenarios.project("Audit").annotators("ann", "other").document("d.txt", TEXT).assignBalanced(2);
        team = s.team();
        ann = s.user("ann");
        other = s.user("other");
        documentId = s.documentId();
    }

    @Test
    void leadsSeeWhoChangedWhichSpanOrChainAndWhen() {
        long jasim = apply(ann, 0, new CreateSpan(18, 22, "LOCATION")).spanId();
        apply(ann, 1, new UpdateSpan(jasim, 18, 22, "PERSON"));
        long daraa = apply(ann, 2, new CreateSpan(24, 28, "LOCATION")).spanId();
        long chain = apply(ann, 3, new MoveMentions(List.of(new MoveMentions.Move(jasim, MoveMentions.NEW_CHAIN),
                new MoveMentions.Move(daraa, MoveMentions.NEW_CHAIN)))).chainId();
        apply(ann, 4, new DeleteSpan(jasim));
        apply(other, 0, new CreateSpan(12, 17, "LOCATION"));

        List<HistoryEntry> history = audit.history(team.lead(), documentId, null);

        assertThat(history).extracting(HistoryEntry::actorLogin, HistoryEntry::kind, HistoryEntry::target,
                        HistoryEntry::details, HistoryEntry::revision)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(team.lead().login(), "document.imported", "", "d.txt (text)", 0L),
                        org.assertj.core.groups.Tuple.tuple(team.lead().login(), "assignment.added", "", ann.login(), 0L),
                        org.assertj.core.groups.Tuple.tuple(team.lead().login(), "assignment.added", "", other.login(), 0L),
                        org.assertj.core.groups.Tuple.tuple(ann.login(), "span.created", "span " + jasim, "[18, 22) LOCATION", 1L),
                        org.assertj.core.groups.Tuple.tuple(ann.login(), "span.updated", "span " + jasim,
                                "[18, 22) LOCATION → [18, 22) PERSON", 2L),
                        org.assertj.core.groups.Tuple.tuple(ann.login(), "span.created", "span " + daraa, "[24, 28) LOCATION", 3L),
                        org.assertj.core.groups.Tuple.tuple(ann.login(), "chain.moved", "chain " + chain,
                                "span " + jasim + " → new chain, span " + daraa + " → new chain", 4L),
                        org.assertj.core.groups.Tuple.tuple(ann.login(), "span.deleted", "span " + jasim,
                                "[18, 22) PERSON, chain " + chain, 5L),
                        org.assertj.core.groups.Tuple.tuple(other.login(), "span.created", history.get(8).target(),
                                "[12, 17) LOCATION", 1L));
        assertThat(history).allSatisfy(e -> assertThat(e.occurredAt()).isNotNull());
        assertThat(history).extracting(HistoryEntry::occurredAt).isSorted();

        assertThat(audit.history(team.lead(), documentId, other.id())).extracting(HistoryEntry::actorLogin)
                .containsExactly(other.login());
        assertThat(audit.annotators(team.lead(), documentId)).containsExactly(java.util.Map.entry(team.lead().id(),
                team.lead().login()), java.util.Map.entry(ann.id(), ann.login()), java.util.Map.entry(other.id(), other.login()));
    }

    @Test
    void onlyLeadsAndAdminsSeeTheHistory() {
        apply(ann, 0, new CreateSpan(18, 22, "LOCATION"));
        assertThatThrownBy(() -> audit.history(ann, documentId, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.history(ann, documentId, ann.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.history(other, documentId, ann.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.annotators(other, documentId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.history(teams.outsider(), documentId, null)).isInstanceOf(AccessDeniedException.class);
        // a lead of another project is not a lead here
        Teams.Team elsewhere = teams.create("Elsewhere");
        assertThatThrownBy(() -> audit.history(elsewhere.lead(), documentId, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.history(team.lead(), documentId, null)).extracting(HistoryEntry::kind)
                .containsExactly("document.imported", "assignment.added", "assignment.added", "span.created");
    }

    private org.tawsim.annotation.OperationResult apply(UserAccount annotator, long base, Operation operation) {
        return annotations.apply(annotator, documentId, base, UUID.randomUUID(), operation);
    }
}
