package org.tawsim.annotation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tawsim.corpus.DocumentSummary;
import org.tawsim.project.Member;

/**
 * Documents × annotators: one row per document, one cell per annotator who holds it. The columns are the project's
 * annotators, then those removed from it (their cells stay, read-only).
 */
public record AssignmentMatrix(List<Member> annotators, List<Member> removed, List<Row> documents) {

    public record Row(long documentId, String externalId, String title, Map<String, AssignmentCell> cells) {
    }

    static AssignmentMatrix of(List<Member> annotators, List<Member> removed, List<DocumentSummary> documents,
                               List<AssignmentCell> cells) {
        Map<Long, Map<String, AssignmentCell>> byDocument = new LinkedHashMap<>();
        cells.forEach(c -> byDocument.computeIfAbsent(c.documentId(), d -> new LinkedHashMap<>()).put(c.login(), c));
        List<Row> rows = documents.stream()
                .map(d -> new Row(d.id(), d.externalId(), d.title(), Map.copyOf(byDocument.getOrDefault(d.id(), Map.of()))))
                .toList();
        return new AssignmentMatrix(List.copyOf(annotators), List.copyOf(removed), rows);
    }

    public boolean isRemoved(String login) {
        return removed.stream().anyMatch(m -> m.login().equals(login));
    }
}
