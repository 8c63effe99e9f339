package org.tawsim.curation;

import java.util.List;
import org.tawsim.curation.merge.Decision;

/**
 * An open (outcome null) or settled decision of a document's curation; {@code chosen} indexes the candidates.
 * {@code byRule}: the rule settled it at the merge (the outvoted spans are its other candidates), no lead did.
 * {@code notApplied}: what accepting the chosen chain candidate could not put into gold.
 */
public record CurationDecision(long id, Decision.Kind kind, int start, int end, int annotators,
                               List<Decision.Candidate> candidates, Outcome outcome, Integer chosen, boolean byRule,
                               List<NotApplied> notApplied) {

    public CurationDecision {
        notApplied = notApplied == null ? List.of() : List.copyOf(notApplied);
    }

    public boolean open() {
        return outcome == null;
    }
}
