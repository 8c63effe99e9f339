package org.tawsim.annotation.layer.event;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** An annotator (by login) given a document or taken off it, and their Mark done / Reopen. */
public sealed interface AssignmentEvent extends Event {

    String annotator();

    @JsonTypeName("assignment.added")
    record Added(String annotator) implements AssignmentEvent {
    }

    @JsonTypeName("assignment.removed")
    record Removed(String annotator) implements AssignmentEvent {
    }

    @JsonTypeName("assignment.done")
    record Done(String annotator) implements AssignmentEvent {
    }

    @JsonTypeName("assignment.reopened")
    record Reopened(String annotator) implements AssignmentEvent {
    }
}
