package org.tawsim.agreement;

import java.util.List;

/**
 * Which annotators (logins), documents (ids) and labels to compare, empty lists meaning all, and the
 * {@link AgreementScope} documents must be in (default: done by every compared annotator).
 */
public record AgreementFilter(List<String> annotators, List<Long> documents, List<String> labels, AgreementScope scope) {

    public AgreementFilter {
        annotators = annotators == null ? List.of() : List.copyOf(annotators);
        documents = documents == null ? List.of() : List.copyOf(documents);
        labels = labels == null ? List.of() : List.copyOf(labels);
        scope = scope == null ? AgreementScope.DONE : scope;
    }

    public AgreementFilter(List<String> annotators, List<Long> documents, List<String> labels) {
        this(annotators, documents, labels, AgreementScope.DONE);
    }

    /** Every annotator, document and label, in the default scope. */
    public static AgreementFilter all() {
        return new AgreementFilter(List.of(), List.of(), List.of());
    }

    public AgreementFilter in(AgreementScope newScope) {
        return new AgreementFilter(annotators, documents, labels, newScope);
    }
}
