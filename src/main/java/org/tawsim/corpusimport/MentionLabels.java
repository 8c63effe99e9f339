package org.tawsim.corpusimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tawsim.base.UserError;
import org.tawsim.format.CorpusDocument;
import org.tawsim.format.CorpusSpan;
import org.tawsim.text.CodePoints;

/**
 * Gives every imported span a label, because a stored span needs one. Coreference formats have mentions without
 * one: CoNLL-2012's named-entity column holds only non-overlapping entities, so a mention nested in another (جاسم
 * in مدينة جاسم) or a pronoun comes unlabelled. Such a mention takes the label its chain's labelled mentions
 * agree on, otherwise the label the lead chose for unlabelled mentions; without either the file is refused.
 */
final class MentionLabels {

    private MentionLabels() {
    }

    /** @param fallback the label for mentions their chain does not label, or null to refuse them */
    static CorpusDocument label(String fileName, CorpusDocument record, String fallback) {
        if (record.spans().stream().allMatch(s -> s.label() != null)) {
            return record;
        }
        Map<Long, CorpusSpan> byId = new HashMap<>();
        record.spans().forEach(s -> byId.put(s.id(), s));
        Map<Long, String> chainLabel = new HashMap<>();
        for (List<Long> chain : record.chains()) {
            Set<String> labels = new HashSet<>();
            chain.stream().map(byId::get).map(CorpusSpan::label).filter(l -> l != null).forEach(labels::add);
            if (labels.size() == 1) {
                String label = labels.iterator().next();
                chain.forEach(id -> chainLabel.put(id, label));
            }
        }
        List<CorpusSpan> spans = new ArrayList<>(record.spans().size());
        for (CorpusSpan span : record.spans()) {
            String label = span.label() != null ? span.label() : chainLabel.getOrDefault(span.id(), fallback);
            if (label == null) {
                throw new UserError("corpus-import.error.unlabelled", fileName, record.id(),
                        CodePoints.of(record.text()).substring(span.start(), span.end()), span.start(), span.end());
            }
            spans.add(span.withLabel(label));
        }
        return new CorpusDocument(record.id(), record.text(), record.source(), record.meta(), spans, record.chains());
    }
}
