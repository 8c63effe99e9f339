package org.tawsim.annotation.layer.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tawsim.db.Tables.EVENT_LOG;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

/** The event log on the real database: rows of today's format read as types, and the checks undo relies on. */
class EventLogTest extends DatabaseTest {

    @Autowired
    EventLog events;
    @Autowired
    DSLContext dsl;
    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    PlatformTransactionManager transactions;

    Teams.Team team;
    UserAccount ann;
    long documentId;

    @BeforeEach
    void document() {
        team = teams.create("Events", "ann");
        ann = team.annotator(0);
        documentId = documents.importTextFile(team.lead(), team.project().id(), "e.txt",
                "اشتباكات في مدينة جاسم بدرعا".getBytes(StandardCharsets.UTF_8), null).id();
    }

    @Test
    void rowsStoredBeforeTypedEventsReadAsTypesAndUnknownKindsAsUnknown() {
        store(ann.id(), "span.deleted", """
                {"id": 12, "span": {"id": 12, "start": 18, "end": 22, "label": "PERSON"}, "chain": 7, "revision": 5,
                 "resultSpan": null, "resultChain": null}""");
        store(team.lead().id(), "span.merged", "{\"ids\": [1, 2]}");

        assertThat(events.ofDocument(documentId, null)).extracting(LoggedEvent::event).containsExactly(
                DocumentEvent.Imported.plainText("e.txt"),
                new SpanEvent.Deleted(12, new SpanEvent.Value(12, 18, 22, "PERSON"), 7L, 5, null, null, null),
                new UnknownEvent("span.merged", "{\"ids\": [1, 2]}"));
        assertThat(events.ofDocument(documentId, ann.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo("span.deleted");
                    assertThat(e.actorId()).isEqualTo(ann.id());
                    assertThat(e.projectId()).isEqualTo(team.project().id());
                    assertThat(e.documentId()).isEqualTo(documentId);
                    assertThat(e.occurredAt()).isNotNull();
                });
    }

    @Test
    void onlyTheLayerThatDeletedASpanOrChainMayBringItBack() {
        store(ann.id(), "span.deleted", """
                {"id":12,"span":{"id":12,"start":18,"end":22,"label":"PERSON"},"chain":null,"revision":5,"resultSpan":null,"resultChain":null}""");
        store(team.lead().id(), "chain.deleted", """
                {"id":7,"revision":3,"resultSpan":null,"resultChain":null,"layer":"gold"}""");

        assertThat(events.spanDeletedBefore(LayerKey.annotator(documentId, ann.id()), 12)).isTrue();
        assertThat(events.spanDeletedBefore(LayerKey.annotator(documentId, ann.id()), 13)).isFalse();
        assertThat(events.spanDeletedBefore(LayerKey.gold(documentId), 12)).as("gold did not delete it").isFalse();
        assertThat(events.spanDeletedBefore(LayerKey.annotator(documentId, team.lead().id()), 12)).as("another annotator").isFalse();
        assertThat(events.chainDeletedBefore(LayerKey.gold(documentId), 7)).isTrue();
        assertThat(events.chainDeletedBefore(LayerKey.annotator(documentId, team.lead().id()), 7)).as("the lead's own layer").isFalse();
        assertThat(events.chainDeletedBefore(LayerKey.gold(documentId), 12)).as("a span id is not a chain id").isFalse();
    }

    @Test
    void anEventIsWrittenInTheTransactionOfItsChangeAndNeverWithoutOne() {
        assertThatThrownBy(() -> events.append(ann.id(), team.project().id(), documentId, new AssignmentEvent.Done("ann")))
                .isInstanceOf(IllegalTransactionStateException.class);

        TransactionTemplate transaction = new TransactionTemplate(transactions);
        UUID opId = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            events.append(ann.id(), team.project().id(), documentId, opId,
                    new SpanEvent.Created(40, 18, 22, "LOCATION", 1, 40L, null, null));
            status.setRollbackOnly(); // the change failed: its event goes with it
        });
        assertThat(events.ofDocument(documentId, ann.id())).isEmpty();

        transaction.executeWithoutResult(status -> events.append(ann.id(), team.project().id(), documentId, opId,
                new SpanEvent.Created(40, 18, 22, "LOCATION", 1, 40L, null, null)));
        assertThat(dsl.select(EVENT_LOG.KIND, EVENT_LOG.OP_ID, EVENT_LOG.PAYLOAD).from(EVENT_LOG)
                .where(EVENT_LOG.DOCUMENT_ID.eq(documentId).and(EVENT_LOG.ACTOR_ID.eq(ann.id()))).fetchSingle())
                .satisfies(r -> {
                    assertThat(r.value1()).isEqualTo("span.created");
                    assertThat(r.value2()).isEqualTo(opId);
                    assertThat(r.value3().data()).isEqualTo(
                            "{\"id\": 40, \"end\": 22, \"label\": \"LOCATION\", \"start\": 18, \"revision\": 1, "
                                    + "\"resultSpan\": 40, \"resultChain\": null}");
                });
    }

    private void store(long actorId, String kind, String payload) {
        dsl.insertInto(EVENT_LOG)
                .set(EVENT_LOG.ACTOR_ID, actorId)
                .set(EVENT_LOG.PROJECT_ID, team.project().id())
                .set(EVENT_LOG.DOCUMENT_ID, documentId)
                .set(EVENT_LOG.KIND, kind)
                .set(EVENT_LOG.PAYLOAD, JSONB.valueOf(payload))
                .execute();
    }
}
