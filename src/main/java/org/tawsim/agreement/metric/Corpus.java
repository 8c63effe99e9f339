package org.tawsim.agreement.metric;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Documents × annotators. The document order matters for one figure only: the corpus-level
 * unitizing alpha, whose continuum is the documents concatenated in this order.
 */
public record Corpus(List<Document> documents) {

    public Corpus {
        documents = List.copyOf(documents);
        var ids = new HashSet<String>();
        for (Document document : documents) {
            if (!ids.add(document.id())) {
                throw new IllegalArgumentException("duplicate document id " + document.id());
            }
        }
    }

    /** Every annotator with at least one annotation, in order of first appearance. */
    public List<String> annotators() {
        var names = new LinkedHashSet<String>();
        documents.forEach(d -> d.annotations().forEach(a -> names.add(a.annotator())));
        return List.copyOf(names);
    }
}
