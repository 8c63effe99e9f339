package org.tawsim.annotation.layer.event;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A project's membership: who (login) went from which project role to which ("lead", "annotator"; null when
 * not a member). Events of the project, not of a document.
 */
public sealed interface MemberEvent extends Event {

    String member();

    String before();

    String after();

    @JsonTypeName("member.added")
    record Added(String member, String before, String after) implements MemberEvent {
    }

    @JsonTypeName("member.role.changed")
    record RoleChanged(String member, String before, String after) implements MemberEvent {
    }

    /** The member's work stays. */
    @JsonTypeName("member.removed")
    record Removed(String member, String before, String after) implements MemberEvent {
    }
}
