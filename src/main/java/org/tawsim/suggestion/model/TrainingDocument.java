package org.tawsim.suggestion.model;

import java.util.List;
import java.util.Objects;

/** A document's text and its gold spans (code-point offsets into the text). */
public record TrainingDocument(String text, List<GoldSpan> spans) {

    public TrainingDocument {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
    }
}
