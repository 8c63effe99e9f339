package org.tawsim.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation;
import org.tawsim.corpus.DocumentService;
import org.tawsim.curation.CurationService;
import org.tawsim.curation.merge.Rule;
import org.tawsim.suggestion.model.GoldSpan;
import org.tawsim.suggestion.model.TrainingDocument;

/** Curated documents made the way a lead makes them, through the curation service (for the trained recommender). */
@Component
public class CuratedDocuments {

    private final DocumentService documents;
    private final AssignmentService assignments;
    private final CurationService curation;

    CuratedDocuments(DocumentService documents, AssignmentService assignments, CurationService curation) {
        this.documents = documents;
        this.assignments = assignments;
        this.curation = curation;
    }

    /** Imports the text, lets the team's first annotator finish it, puts the spans into gold and marks it curated. */
    public long curate(Teams.Team team, String name, TrainingDocument document) {
        UserAccount lead = team.lead();
        long id = documents.importTextFile(lead, team.project().id(), name, document.text().getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(lead, team.project().id(), 1, List.of(id));
        assignments.markDone(team.annotator(0), id);
        curation.start(lead, id, Rule.MAJORITY);
        for (GoldSpan span : document.spans()) {
            long revision = curation.goldLayer(lead, id).revision();
            curation.applyToGold(lead, id, revision, UUID.randomUUID(), new Operation.CreateSpan(span.start(), span.end(), span.label()));
        }
        curation.setCurated(lead, id, true);
        return id;
    }
}
