package org.tawsim.agreement.metric;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One document with every annotator's view of it. An annotator without an {@link Annotation} here
 * has not annotated the document; that is missing data, unlike an annotation with no spans.
 */
public record Document(String id, String text, List<Annotation> annotations) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        annotations = List.copyOf(annotations);
        int length = text.codePointCount(0, text.length());
        var seen = new HashSet<String>();
        for (Annotation annotation : annotations) {
            if (!seen.add(annotation.annotator())) {
                throw new IllegalArgumentException("document " + id + " has two annotations by " + annotation.annotator());
            }
            annotation.spans().forEach(span -> requireInside(id, span, length));
            annotation.chains().forEach(chain -> chain.mentions().forEach(span -> requireInside(id, span, length)));
        }
    }

    /** Length of the text in code points, the unit of every offset. */
    public int textLength() {
        return text.codePointCount(0, text.length());
    }

    public Optional<Annotation> annotation(String annotator) {
        return annotations.stream().filter(a -> a.annotator().equals(annotator)).findFirst();
    }

    private static void requireInside(String id, Span span, int length) {
        if (span.end() > length) {
            throw new IllegalArgumentException("span " + span + " ends after the text of document " + id
                    + " (" + length + " code points)");
        }
    }
}
