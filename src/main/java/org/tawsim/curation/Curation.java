package org.tawsim.curation;

import java.util.List;
import org.tawsim.curation.merge.Rule;

/** The curation of one document: its rule, status and decisions in text order. */
public record Curation(long documentId, long projectId, Rule rule, CurationStatus status, List<CurationDecision> decisions) {

    public long openDecisions() {
        return decisions.stream().filter(CurationDecision::open).count();
    }
}
