package org.tawsim.suggestion.training;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AgreedDocuments;
import org.tawsim.curation.CurationService;
import org.tawsim.curation.CurationStatus;
import org.tawsim.corpus.DocumentService;
import org.tawsim.suggestion.model.GoldSpan;
import org.tawsim.suggestion.model.TrainingDocument;

/**
 * Reads what the model learns from, with the lead's rights: the project's curated gold and, if a lead allows it,
 * the documents all their annotators agree on that are not curated (their agreed spans; a curated document's gold
 * always wins). The one place the recommender reads annotations.
 */
@Component
class CuratedGold {

    private final CurationService curation;
    private final DocumentService documents;
    private final AgreedDocuments agreed;
    private final RecommenderModelRepository options;

    CuratedGold(CurationService curation, DocumentService documents, AgreedDocuments agreed, RecommenderModelRepository options) {
        this.curation = curation;
        this.documents = documents;
        this.agreed = agreed;
        this.options = options;
    }

    /** Ids of the project's curated documents, in id order. */
    List<Long> curatedIds(UserAccount lead, long projectId) {
        Map<Long, CurationStatus> statuses = curation.statuses(lead, projectId);
        return statuses.entrySet().stream().filter(e -> e.getValue() == CurationStatus.CURATED)
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** Agreed documents that are not curated, when a lead allows learning from them; else none. */
    Map<Long, List<AgreedDocuments.AgreedSpan>> agreedOnly(UserAccount lead, long projectId) {
        if (!options.trainOnAgreement(projectId)) {
            return Map.of();
        }
        Map<Long, List<AgreedDocuments.AgreedSpan>> all = new java.util.TreeMap<>(agreed.of(lead, projectId));
        all.keySet().removeAll(curatedIds(lead, projectId));
        return all;
    }

    /** Every document to learn from, in id order (the order the held-out split is taken in). */
    List<Long> learnableIds(UserAccount lead, long projectId) {
        TreeSet<Long> ids = new TreeSet<>(curatedIds(lead, projectId));
        ids.addAll(agreedOnly(lead, projectId).keySet());
        return List.copyOf(ids);
    }

    /** The text and gold (or agreed) spans of each document; {@code read} hears how many are done. */
    List<TrainingDocument> read(UserAccount lead, long projectId, List<Long> ids, IntConsumer read) {
        Map<Long, List<AgreedDocuments.AgreedSpan>> agreedSpans = agreedOnly(lead, projectId);
        List<TrainingDocument> gold = new java.util.ArrayList<>(ids.size());
        for (long id : ids) {
            String text = documents.get(lead, id).text();
            List<GoldSpan> spans = agreedSpans.containsKey(id)
                    ? agreedSpans.get(id).stream().map(s -> new GoldSpan(s.start(), s.end(), s.label())).toList()
                    : curation.goldLayer(lead, id).spans().stream().map(s -> new GoldSpan(s.start(), s.end(), s.label())).toList();
            gold.add(new TrainingDocument(text, spans));
            read.accept(gold.size());
        }
        return gold;
    }
}
