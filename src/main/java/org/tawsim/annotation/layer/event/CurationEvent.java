package org.tawsim.annotation.layer.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** A lead's curation of a document into gold: its start (pre-merge), decisions, re-merges and status. */
public sealed interface CurationEvent extends Event {

    /** A mention an accepted chain candidate could not put into gold, and why ("label-unknown", "label-removed"). */
    record Mention(int start, int end, String label, String reason) {
    }

    /**
     * @param rule       the pre-merge rule's name, e.g. "MAJORITY"
     * @param annotators the logins whose finished work was merged
     */
    @JsonTypeName("curation.started")
    record Started(String rule, List<String> annotators, int spans, int chains, int decisions) implements CurationEvent {
    }

    /**
     * @param outcome   "accepted", "rejected" or "edited"
     * @param candidate the accepted candidate's index (from 0), else null
     */
    @JsonTypeName("curation.decided")
    record Decided(long decision, String outcome, Integer candidate,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Mention> notApplied) implements CurationEvent {
    }

    /** @param spans spans newly added to gold; {@code kept} decisions a lead had taken that stayed taken */
    @JsonTypeName("curation.remerged")
    record Remerged(List<String> annotators, int spans, int decisions, long kept) implements CurationEvent {
    }

    @JsonTypeName("curation.curated")
    record Curated() implements CurationEvent {
    }

    @JsonTypeName("curation.reopened")
    record Reopened() implements CurationEvent {
    }
}
