package org.tawsim.curation;

import java.util.List;
import org.tawsim.curation.merge.Decision;

/** An open (outcome null) or settled decision of a document's curation; {@code chosen} indexes the candidates. */
public record CurationDecision(long id, Decision.Kind kind, int start, int end, int annotators,
                               List<Decision.Candidate> candidates, Outcome outcome, Integer chosen) {

    public boolean open() {
        return outcome == null;
    }
}
