package org.tawsim.suggestion.training;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;
import org.tawsim.account.UserAccount;
import org.tawsim.curation.CurationService;
import org.tawsim.curation.CurationStatus;
import org.tawsim.corpus.DocumentService;
import org.tawsim.suggestion.model.GoldSpan;
import org.tawsim.suggestion.model.TrainingDocument;

/**
 * Reads the project's curated gold through the curation and document services, with the lead's rights: the one
 * place the recommender reads annotations.
 */
@Component
class CuratedGold {

    private final CurationService curation;
    private final DocumentService documents;

    CuratedGold(CurationService curation, DocumentService documents) {
        this.curation = curation;
        this.documents = documents;
    }

    /** Ids of the project's curated documents, in id order (the order the held-out split is taken in). */
    List<Long> curatedIds(UserAccount lead, long projectId) {
        Map<Long, CurationStatus> statuses = curation.statuses(lead, projectId);
        return statuses.entrySet().stream().filter(e -> e.getValue() == CurationStatus.CURATED)
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The text and gold spans of each document; {@code read} hears how many are done. */
    List<TrainingDocument> read(UserAccount lead, List<Long> ids, IntConsumer read) {
        List<TrainingDocument> gold = new java.util.ArrayList<>(ids.size());
        for (long id : ids) {
            String text = documents.get(lead, id).text();
            List<GoldSpan> spans = curation.goldLayer(lead, id).spans().stream()
                    .map(s -> new GoldSpan(s.start(), s.end(), s.label())).toList();
            gold.add(new TrainingDocument(text, spans));
            read.accept(gold.size());
        }
        return gold;
    }
}
