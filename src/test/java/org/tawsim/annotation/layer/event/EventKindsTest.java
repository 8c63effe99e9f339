package org.tawsim.annotation.layer.event;

import org.tawsim.annotation.layer.LayerOwner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows already in databases read as types. Each payload below is exactly what the code before typed events wrote
 * for its kind (Map + ObjectMapper, MemberEvents' record, the hand-written JSON of sharing and seeding), nulls and
 * all; writing the type back gives the same fields and values.
 */
class EventKindsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Stored(String kind, String payload, Event expected) {
        @Override
        public String toString() {
            return kind + " " + payload;
        }
    }

    static final List<Stored> STORED = List.of(
            new Stored("span.created", """
                    {"id":12,"start":18,"end":22,"label":"LOCATION","revision":1,"resultSpan":12,"resultChain":null}""",
                    new SpanEvent.Created(12, 18, 22, "LOCATION", 1, 12L, null, null)),
            new Stored("span.created", """
                    {"label":"LOCATION","end":22,"id":12,"start":18,"revision":1,"resultSpan":12,"resultChain":null,"layer":"gold"}""",
                    new SpanEvent.Created(12, 18, 22, "LOCATION", 1, 12L, null, "gold")),
            new Stored("span.updated", """
                    {"id":12,"before":{"id":12,"start":18,"end":22,"label":"LOCATION"},"after":{"id":12,"start":18,"end":23,"label":"PERSON"},\
                    "revision":2,"resultSpan":null,"resultChain":null}""",
                    new SpanEvent.Updated(12, new SpanEvent.Value(12, 18, 22, "LOCATION"),
                            new SpanEvent.Value(12, 18, 23, "PERSON"), 2, null, null, null)),
            new Stored("span.deleted", """
                    {"id":12,"span":{"id":12,"start":18,"end":22,"label":"PERSON"},"chain":7,"revision":5,"resultSpan":null,\
                    "resultChain":null}""",
                    new SpanEvent.Deleted(12, new SpanEvent.Value(12, 18, 22, "PERSON"), 7L, 5, null, null, null)),
            new Stored("span.restored", """
                    {"id":12,"span":{"id":12,"start":18,"end":22,"label":"PERSON"},"chain":null,"revision":6,"resultSpan":12,\
                    "resultChain":null,"layer":"gold"}""",
                    new SpanEvent.Restored(12, new SpanEvent.Value(12, 18, 22, "PERSON"), null, 6, 12L, null, "gold")),
            new Stored("chain.moved", """
                    {"moves":[{"spanId":12,"chainId":-1},{"spanId":13,"chainId":null},{"spanId":14,"chainId":3}],\
                    "revision":4,"resultSpan":null,"resultChain":7}""",
                    new ChainEvent.Moved(List.of(new ChainEvent.Move(12, -1L), new ChainEvent.Move(13, null),
                            new ChainEvent.Move(14, 3L)), 4, null, 7L, null)),
            new Stored("chain.deleted", """
                    {"id":7,"revision":5,"resultSpan":null,"resultChain":null}""",
                    new ChainEvent.Deleted(7, 5, null, null, null)),
            new Stored("label.added", """
                    {"label":"EVENT"}""", new LabelEvent.Added("EVENT")),
            new Stored("label.changed", """
                    {"label":"EVENT"}""", new LabelEvent.Changed("EVENT")),
            new Stored("label.renamed", """
                    {"before":"PLACE","after":"LOCATION"}""", LabelEvent.Renamed.inProject("PLACE", "LOCATION")),
            new Stored("label.renamed", """
                    {"before":"PLACE","after":"LOCATION","spans":3,"revision":9,"annotator":42}""",
                    LabelEvent.Renamed.inLayer("PLACE", "LOCATION", 3, 9, new LayerOwner.Annotator(42))),
            new Stored("label.renamed", """
                    {"before":"PLACE","after":"LOCATION","spans":1,"revision":4,"layer":"gold"}""",
                    LabelEvent.Renamed.inLayer("PLACE", "LOCATION", 1, 4, new LayerOwner.Gold())),
            new Stored("label.relabelled", """
                    {"before":"MISC","after":"ORG","spans":2,"revision":10,"annotator":42}""",
                    LabelEvent.Relabelled.inLayer("MISC", "ORG", 2, 10, new LayerOwner.Annotator(42))),
            new Stored("label.removed", """
                    {"label":"MISC","relabelledTo":"ORG","spans":2}""", new LabelEvent.Removed("MISC", "ORG", 2)),
            new Stored("label.removed", """
                    {"label":"MISC","relabelledTo":null,"spans":0}""", new LabelEvent.Removed("MISC", null, 0)),
            new Stored("label.removed", """
                    {"spans":0,"label":"MISC"}""", new LabelEvent.Removed("MISC", null, 0)),
            new Stored("document.imported", """
                    {"file":"jasim.txt","format":"text"}""", DocumentEvent.Imported.plainText("jasim.txt")),
            new Stored("document.imported", """
                    {"file":"gold.jsonl","format":"jsonl","layers":[{"spans":12,"annotator":"amal","chains":3}]}""",
                    new DocumentEvent.Imported("gold.jsonl", "jsonl", List.of(new DocumentEvent.ImportedLayer("amal", 12, 3)))),
            new Stored("document.imported", """
                    {"file":"empty.conll","format":"conll_bio","layers":[]}""",
                    new DocumentEvent.Imported("empty.conll", "conll_bio", List.of())),
            new Stored("document.renamed", """
                    {"after":"اشتباكات جاسم","before":"icon"}""", new DocumentEvent.Renamed("icon", "اشتباكات جاسم")),
            new Stored("assignment.added", """
                    {"annotator":"amal"}""", new AssignmentEvent.Added("amal")),
            new Stored("assignment.removed", """
                    {"annotator":"amal"}""", new AssignmentEvent.Removed("amal")),
            new Stored("assignment.done", """
                    {"annotator":"amal"}""", new AssignmentEvent.Done("amal")),
            new Stored("assignment.reopened", """
                    {"annotator":"amal"}""", new AssignmentEvent.Reopened("amal")),
            new Stored("member.added", """
                    {"member":"amal","before":null,"after":"annotator"}""", new MemberEvent.Added("amal", null, "annotator")),
            new Stored("member.role.changed", """
                    {"member":"amal","before":"annotator","after":"lead"}""", new MemberEvent.RoleChanged("amal", "annotator", "lead")),
            new Stored("member.removed", """
                    {"member":"amal","before":"lead","after":null}""", new MemberEvent.Removed("amal", "lead", null)),
            new Stored("project.sharing.changed", """
                    {"annotatorsSeeEachOther":true}""", new ProjectEvent.SharingChanged(true)),
            new Stored("setup.seeded", """
                    {"documents": 5}""", new ProjectEvent.Seeded(5)),
            new Stored("curation.started", """
                    {"rule":"MAJORITY","annotators":["amal","bilal"],"spans":10,"chains":2,"decisions":3}""",
                    new CurationEvent.Started("MAJORITY", List.of("amal", "bilal"), 10, 2, 3)),
            new Stored("curation.decided", """
                    {"decision":17,"outcome":"accepted","candidate":1,\
                    "notApplied":[{"start":30,"end":36,"label":"PERSON","reason":"label-removed"}]}""",
                    new CurationEvent.Decided(17, "accepted", 1, List.of(new CurationEvent.Mention(30, 36, "PERSON", "label-removed")))),
            new Stored("curation.decided", """
                    {"decision":17,"outcome":"rejected","candidate":null}""",
                    new CurationEvent.Decided(17, "rejected", null, null)),
            new Stored("curation.remerged", """
                    {"kept":1,"annotators":["amal"],"spans":2,"decisions":3}""",
                    new CurationEvent.Remerged(List.of("amal"), 2, 3, 1)),
            new Stored("curation.curated", "{}", new CurationEvent.Curated()),
            new Stored("curation.reopened", "{}", new CurationEvent.Reopened()));

    static Stream<Stored> stored() {
        return STORED.stream();
    }

    @ParameterizedTest
    @MethodSource("stored")
    void aRowAsItWasWrittenReadsAsItsType(Stored row) throws Exception {
        Event event = EventKinds.read(row.kind(), row.payload());
        assertThat(event).isEqualTo(row.expected());
        assertThat(EventKinds.kindOf(event)).isEqualTo(row.kind());
        // written back: the same fields with the same values (a null field may be left out)
        assertThat(withoutNulls(JSON.readTree(EventKinds.json(event)))).isEqualTo(withoutNulls(JSON.readTree(row.payload())));
    }

    @Test
    void everyKindOfTheFamilyHasARowAsItWasWritten() {
        Set<String> kinds = EventKinds.all().stream().map(EventKinds::kindOf).collect(Collectors.toSet());
        assertThat(STORED.stream().map(Stored::kind).collect(Collectors.toSet())).isEqualTo(kinds);
        assertThat(kinds).hasSize(EventKinds.all().size()).hasSize(27);
    }

    @Test
    void aKindThisVersionDoesNotKnowReadsAsUnknownWithItsJson() {
        assertThat(EventKinds.read("span.merged", "{\"ids\":[1,2]}")).isEqualTo(new UnknownEvent("span.merged", "{\"ids\":[1,2]}"));
        assertThat(EventKinds.kindOf(new UnknownEvent("span.merged", "{}"))).isEqualTo("span.merged");
        // a payload that does not fit its kind does not fail the reading either
        assertThat(EventKinds.read("span.deleted", "{\"span\":\"twelve\"}")).isInstanceOf(UnknownEvent.class);
        assertThatThrownBy(() -> EventKinds.json(new UnknownEvent("span.merged", "{}"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fieldsAddedLaterDoNotFailARow() {
        assertThat(EventKinds.read("assignment.done", "{\"annotator\":\"amal\",\"reason\":\"finished\"}"))
                .isEqualTo(new AssignmentEvent.Done("amal"));
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            List<String> nulls = object.properties().stream().filter(e -> e.getValue().isNull()).map(e -> e.getKey()).toList();
            copy.remove(nulls);
            copy.properties().forEach(e -> e.setValue(withoutNulls(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var array = JSON.createArrayNode();
            node.forEach(n -> array.add(withoutNulls(n)));
            return array;
        }
        return node;
    }
}
