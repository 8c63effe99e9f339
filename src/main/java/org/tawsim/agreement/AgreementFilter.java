package org.tawsim.agreement;

import java.util.List;

/** Which annotators (logins), documents (ids) and labels to compare; empty lists mean all. */
public record AgreementFilter(List<String> annotators, List<Long> documents, List<String> labels) {

    public AgreementFilter {
        annotators = annotators == null ? List.of() : List.copyOf(annotators);
        documents = documents == null ? List.of() : List.copyOf(documents);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public static AgreementFilter all() {
        return new AgreementFilter(List.of(), List.of(), List.of());
    }
}
