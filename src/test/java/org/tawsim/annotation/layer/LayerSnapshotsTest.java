package org.tawsim.annotation.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.annotation.Operation.MoveMentions;
import org.tawsim.annotation.Operation.MoveMentions.Move;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

/** A snapshot reads every layer from one REPEATABLE READ transaction: what others commit meanwhile stays unseen. */
class LayerSnapshotsTest extends DatabaseTest {

    static final String TEXT = "اشتباكات في مدينة جاسم بدرعا";

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;
    @Autowired
    LayerSnapshots snapshots;
    @Autowired
    DSLContext dsl;

    UserAccount ann;
    long documentId;
    long firstSpan;

    @BeforeEach
    void oneSpanOnAnAssignedDocument() {
        Teams.Team team = teams.create("Snapshot", "ann");
        ann = team.annotator(0);
        documentId = documents.importTextFile(team.lead(), team.project().id(), "d.txt", TEXT.getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), team.project().id(), 1, List.of(documentId));
        firstSpan = annotations.apply(ann, documentId, 0, null, new CreateSpan(18, 22, "LOCATION")).spanId();
    }

    @Test
    void readsRunInOneReadOnlyRepeatableReadTransaction() {
        List<String> settings = snapshots.read(reads -> List.of(
                setting("select current_setting('transaction_isolation')"),
                setting("select current_setting('transaction_read_only')"),
                setting("select pg_backend_pid()::text"),
                String.valueOf(reads.project(documentsProject()).size()),
                setting("select pg_backend_pid()::text")));
        assertThat(settings.get(0)).isEqualTo("repeatable read");
        assertThat(settings.get(1)).isEqualTo("on");
        assertThat(settings.get(4)).as("one connection for the whole snapshot").isEqualTo(settings.get(2));
    }

    @Test
    void aSpanLinkedWhileTheSnapshotIsReadIsNotSeenHalfWay() {
        LayerKey key = LayerKey.annotator(documentId, ann.id());
        List<List<LayerContent>> seen = snapshots.read(reads -> {
            List<LayerContent> before = reads.layers(List.of(documentId), List.of(key.owner()));
            // another user's transaction commits a new span and a chain between the two reads
            CompletableFuture.runAsync(() -> {
                long second = annotations.apply(ann, documentId, 1, null, new CreateSpan(24, 28, "LOCATION")).spanId();
                annotations.apply(ann, documentId, 2, null, new MoveMentions(List.of(
                        new Move(firstSpan, MoveMentions.NEW_CHAIN), new Move(second, MoveMentions.NEW_CHAIN))));
            }).join();
            List<LayerContent> after = reads.layers(List.of(documentId), List.of(key.owner()));
            return List.of(before, after, reads.project(documentsProject()));
        });
        assertThat(seen.get(1)).isEqualTo(seen.get(0));
        assertThat(seen.get(0)).singleElement().satisfies(layer -> {
            assertThat(layer.revision()).isEqualTo(1);
            assertThat(layer.spans()).extracting(Span::id).containsExactly(firstSpan);
            assertThat(layer.chains()).isEmpty();
        });
        assertThat(seen.get(2).stream().filter(l -> l.key().equals(key)).toList()).isEqualTo(seen.get(0));

        LayerContent now = snapshots.read(reads -> reads.layers(List.of(documentId), List.of(key.owner()))).get(0);
        assertThat(now.revision()).isEqualTo(3);
        assertThat(now.spans()).hasSize(2);
        assertThat(now.chains()).singleElement().satisfies(chain -> assertThat(chain.spanIds()).hasSize(2));
    }

    private String setting(String query) {
        return String.valueOf(dsl.fetchValue(query));
    }

    private long documentsProject() {
        return ((Number) dsl.fetchValue("select project_id from document where id = ?", documentId)).longValue();
    }
}
