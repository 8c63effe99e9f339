package org.tawsim.suggestion.prediction;

/** What one imported file stored: its predictions for this many documents (each document's earlier ones replaced). */
public record PredictionImportResult(String file, int documents, int predictions) {
}
