package org.tawsim.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.annotation.Operation.DeleteSpan;
import org.tawsim.annotation.Operation.MoveMentions;
import org.tawsim.annotation.Operation.MoveMentions.Move;
import org.tawsim.annotation.Operation.RestoreSpan;
import org.tawsim.annotation.Operation.UpdateSpan;
import org.tawsim.annotation.layer.Chain;
import org.tawsim.annotation.layer.Span;
import org.tawsim.audit.AuditService;
import org.tawsim.audit.HistoryEntry;
import org.tawsim.base.UserError;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

class AnnotationServiceTest extends DatabaseTest {

    // Code points: 😀 is one code point (two UTF-16 units); "جاسم" starts at 20, "درعا" (inside بدرعا) at 26.
    static final String TEXT = "😀 اشتباكات في مدينة جاسم بدرعا";

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;

    @Autowired
    AuditService audit;

    UserAccount lead;
    UserAccount ann;
    UserAccount other;
    long documentId;

    @BeforeEach
    void assignedDocument() {
        Teams.Team team = teams.create("Spans", "ann", "other");
        lead = team.lead();
        ann = team.annotator(0);
        other = team.annotator(1);
        documentId = documents.importTextFile(team.lead(), team.project().id(), "d.txt", TEXT.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), team.project().id(), 2, List.of());
    }

    @Test
    void offsetsAreCodePoints() {
        int jasim = TEXT.codePointCount(0, TEXT.indexOf("جاسم"));
        assertThat(jasim).isEqualTo(20);
        long id = apply(0, new CreateSpan(jasim, jasim + 4, "LOCATION")).spanId();
        Span stored = annotations.layer(ann, documentId).spans().get(0);
        assertThat(stored).isEqualTo(new Span(id, 20, 24, "LOCATION"));
        assertThat(new String(TEXT.codePoints().skip(20).limit(4).toArray(), 0, 4)).isEqualTo("جاسم");
    }

    @Test
    void everyOperationRaisesTheRevisionAndIsPersisted() {
        long city = apply(0, new CreateSpan(14, 24, "LOCATION")).spanId(); // مدينة جاسم
        long jasim = apply(1, new CreateSpan(20, 24, "LOCATION")).spanId(); // nested جاسم
        long daraa = apply(2, new CreateSpan(26, 30, "PERSON")).spanId(); // درعا without the clitic ب
        apply(3, new UpdateSpan(daraa, 26, 30, "LOCATION"));
        OperationResult chain = apply(4, new MoveMentions(List.of(new Move(city, MoveMentions.NEW_CHAIN), new Move(jasim, MoveMentions.NEW_CHAIN))));
        apply(5, new DeleteSpan(jasim));

        Layer layer = annotations.layer(ann, documentId);
        assertThat(layer.revision()).isEqualTo(6);
        assertThat(layer.spans()).containsExactly(new Span(city, 14, 24, "LOCATION"), new Span(daraa, 26, 30, "LOCATION"));
        assertThat(layer.chains()).containsExactly(new Chain(chain.chainId(), List.of(city)));

        // Undo of the delete: the span comes back under its old id, into its chain.
        apply(6, new RestoreSpan(jasim, 20, 24, "LOCATION", chain.chainId()));
        assertThat(annotations.layer(ann, documentId).chains()).containsExactly(new Chain(chain.chainId(), List.of(city, jasim)));
        assertThat(assignments.status(ann, documentId)).contains(AssignmentStatus.IN_PROGRESS);
    }

    @Test
    void aStaleRevisionIsAConflictAndChangesNothing() {
        apply(0, new CreateSpan(14, 24, "LOCATION"));
        assertThatThrownBy(() -> apply(0, new CreateSpan(20, 24, "LOCATION")))
                .isInstanceOfSatisfying(RevisionConflict.class, e -> assertThat(e.currentRevision()).isEqualTo(1));
        assertThat(annotations.layer(ann, documentId).spans()).hasSize(1);
    }

    @Test
    void aRetriedOperationIsAppliedOnce() {
        UUID opId = UUID.randomUUID();
        OperationResult first = annotations.apply(ann, documentId, 0, opId, new CreateSpan(14, 24, "LOCATION"));
        OperationResult again = annotations.apply(ann, documentId, 0, opId, new CreateSpan(14, 24, "LOCATION"));
        assertThat(again.alreadyApplied()).isTrue();
        assertThat(again.spanId()).isEqualTo(first.spanId());
        assertThat(again.revision()).isEqualTo(first.revision());
        assertThat(annotations.layer(ann, documentId).spans()).hasSize(1);
    }

    @Test
    void annotatorsSeeOnlyTheirOwnLayer() {
        long mine = apply(0, new CreateSpan(14, 24, "LOCATION")).spanId();
        assertThat(annotations.layer(other, documentId).spans()).isEmpty();
        assertThatThrownBy(() -> annotations.apply(other, documentId, 0, null, new DeleteSpan(mine)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("span.error.missing"));
        assertThat(annotations.layer(ann, documentId).spans()).hasSize(1);
    }

    @Test
    void refusesBadSpansWithClearErrors() {
        assertThatThrownBy(() -> apply(0, new CreateSpan(24, 20, "LOCATION"))).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.messageKey()).isEqualTo("span.error.range"));
        assertThatThrownBy(() -> apply(0, new CreateSpan(0, 31, "LOCATION"))).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.messageKey()).isEqualTo("span.error.range"));
        assertThatThrownBy(() -> apply(0, new CreateSpan(0, 2, "WEAPON"))).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.messageKey()).isEqualTo("span.error.label"));
        apply(0, new CreateSpan(0, 30, "EVENT"));
        assertThatThrownBy(() -> apply(1, new CreateSpan(0, 30, "EVENT"))).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.messageKey()).isEqualTo("span.error.duplicate"));
        assertThatThrownBy(() -> apply(1, new RestoreSpan(999_999_999L, 0, 2, "EVENT", null))).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.messageKey()).isEqualTo("span.error.not-restorable"));
    }

    @Test
    void onlyTheAssignedAnnotatorWrites() {
        UserAccount stranger = teams.outsider();
        assertThatThrownBy(() -> annotations.apply(stranger, documentId, 0, null, new CreateSpan(0, 2, "EVENT")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annotations.layer(stranger, documentId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDoneLayerIsReadOnlyUntilReopenedAndBothStepsAreInTheHistory() {
        UUID first = UUID.randomUUID();
        long span = annotations.apply(ann, documentId, 0, first, new CreateSpan(20, 24, "LOCATION")).spanId();
        assignments.markDone(ann, documentId);
        assignments.markDone(ann, documentId); // twice: one event

        assertThatThrownBy(() -> apply(1, new DeleteSpan(span))).isInstanceOf(DocumentDone.class);
        assertThatThrownBy(() -> apply(1, new CreateSpan(26, 30, "LOCATION"))).isInstanceOf(DocumentDone.class);
        // a retry of a change made before Mark done is still answered as applied
        assertThat(annotations.apply(ann, documentId, 0, first, new CreateSpan(20, 24, "LOCATION")).alreadyApplied()).isTrue();
        assertThat(annotations.layer(ann, documentId).spans()).containsExactly(new Span(span, 20, 24, "LOCATION"));
        assertThat(assignments.status(ann, documentId)).contains(AssignmentStatus.DONE);
        // only the annotator who marked it done is held: a co-annotator goes on
        assertThat(annotations.apply(other, documentId, 0, UUID.randomUUID(), new CreateSpan(20, 24, "PERSON")).revision()).isEqualTo(1);

        assignments.reopen(ann, documentId);
        apply(1, new DeleteSpan(span));
        assertThat(annotations.layer(ann, documentId).spans()).isEmpty();
        assertThat(audit.history(lead, documentId, ann.id())).extracting(HistoryEntry::kind)
                .containsExactly("span.created", "assignment.done", "assignment.reopened", "span.deleted");
    }

    private OperationResult apply(long revision, Operation operation) {
        return annotations.apply(ann, documentId, revision, UUID.randomUUID(), operation);
    }
}
