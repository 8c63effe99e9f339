package org.tawsim.annotation.layer.event;

/**
 * One entry of the append-only event log, as a type. Each kind is a record named by {@code @JsonTypeName}: that
 * name is the row's {@code kind} and the record's JSON is its payload. Kinds and field names are the ones rows
 * were written with since the first release, so every stored row still reads; a kind this version does not know
 * reads as {@link UnknownEvent}. Written and read only through {@link EventLog}.
 */
public sealed interface Event permits SpanEvent, ChainEvent, LabelEvent, DocumentEvent, AssignmentEvent,
        MemberEvent, ProjectEvent, CurationEvent, UnknownEvent {
}
