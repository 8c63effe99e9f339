package org.tawsim.suggestion.prediction;

import java.util.List;

/**
 * One line of a predictions file as written, before it is checked against the project.
 *
 * @param documentId  {@code document_id}: the document's id as the API names it, or null
 * @param externalId  {@code id}: the document's id as the export writes it, or null
 * @param text        the document's text, or null when the line does not carry it
 * @param spanTexts   each span's {@code text} as written (null where it has none), in the order of {@code spans}
 */
record PredictionLine(int line, Long documentId, String externalId, String text, List<Prediction> spans,
                      List<String> spanTexts) {

    /** How the line names its document, for messages. */
    String documentName() {
        return documentId != null ? documentId.toString() : externalId;
    }
}
