package org.tawsim.suggestion.prediction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks read lines against the project: the document exists in it (a document of another project reads as
 * unknown, so the answer tells nothing about other projects), the text the line carries is the stored text (else
 * the offsets mean nothing), every span lies inside that text, names a label of the project and covers the text
 * it says it covers, and no document is named twice.
 */
final class PredictionChecks {

    /** The predictions per document id, in file order, and the problems found. */
    record Checked(Map<Long, List<Prediction>> byDocument, List<PredictionProblem> problems) {
    }

    private PredictionChecks() {
    }

    /**
     * @param byId         the project's documents among those the lines name by {@code document_id}
     * @param byExternalId the project's documents among those the lines name by {@code id}
     */
    static Checked check(List<PredictionLine> lines, Map<Long, KnownDocument> byId,
                         Map<String, KnownDocument> byExternalId, Set<String> labels) {
        Map<Long, List<Prediction>> byDocument = new LinkedHashMap<>();
        Map<Long, Integer> lineOfDocument = new HashMap<>();
        List<PredictionProblem> problems = new ArrayList<>();
        for (PredictionLine line : lines) {
            KnownDocument document = line.documentId() != null ? byId.get(line.documentId())
                    : byExternalId.get(line.externalId());
            if (document == null) {
                problems.add(PredictionProblem.of(line.line(), "unknown-document", line.documentName()));
                continue;
            }
            if (line.documentId() != null && line.externalId() != null && !line.externalId().equals(document.externalId())) {
                problems.add(PredictionProblem.of(line.line(), "two-documents", line.documentId(), line.externalId()));
                continue;
            }
            Integer earlier = lineOfDocument.putIfAbsent(document.id(), line.line());
            if (earlier != null) {
                problems.add(PredictionProblem.of(line.line(), "duplicate-document", line.documentName(), earlier));
                continue;
            }
            if (line.text() != null && !line.text().equals(document.text())) {
                problems.add(PredictionProblem.of(line.line(), "text", line.documentName()));
                continue;
            }
            int before = problems.size();
            int length = document.text().codePointCount(0, document.text().length());
            for (int i = 0; i < line.spans().size(); i++) {
                Prediction span = line.spans().get(i);
                if (span.end() > length) {
                    problems.add(PredictionProblem.of(line.line(), "range", i, span.start(), span.end(), length));
                    continue;
                }
                if (!labels.contains(span.label())) {
                    problems.add(PredictionProblem.of(line.line(), "label", i, span.label()));
                }
                String claimed = line.spanTexts().get(i);
                if (claimed != null && !claimed.equals(codePoints(document.text(), span.start(), span.end()))) {
                    problems.add(PredictionProblem.of(line.line(), "span-text", i, claimed, span.start(), span.end()));
                }
            }
            if (problems.size() == before) {
                byDocument.put(document.id(), line.spans());
            }
        }
        return new Checked(byDocument, problems);
    }

    private static String codePoints(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }
}
