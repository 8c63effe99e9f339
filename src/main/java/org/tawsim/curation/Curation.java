package org.tawsim.curation;

import java.util.List;
import org.tawsim.curation.merge.Rule;

/**
 * The curation of one document: its rule, status and decisions in text order. {@code annotatorsChanged}: the
 * finished annotators' work is no longer what the curation merged (an annotator edited, finished or reopened).
 */
public record Curation(long documentId, long projectId, Rule rule, CurationStatus status, List<CurationDecision> decisions,
                       boolean annotatorsChanged) {

    public long openDecisions() {
        return decisions.stream().filter(CurationDecision::open).count();
    }
}
