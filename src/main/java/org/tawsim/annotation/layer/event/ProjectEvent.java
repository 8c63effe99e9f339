package org.tawsim.annotation.layer.event;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** Project settings, and the first start's seeding of the sample project (written once per database, no actor). */
public sealed interface ProjectEvent extends Event {

    /** Whether annotators of a document may read each other's layers (blind annotation when false). */
    @JsonTypeName("project.sharing.changed")
    record SharingChanged(boolean annotatorsSeeEachOther) implements ProjectEvent {
    }

    @JsonTypeName("setup.seeded")
    record Seeded(int documents) implements ProjectEvent {
    }
}
