package org.tawsim.corpusimport;

import java.util.List;
import java.util.Map;

/**
 * What one imported file added to the project.
 *
 * @param documentIds  external ids of the stored documents, in file order
 * @param skippedEmpty ids of documents without any text (e.g. a CoNLL document with no token line), which
 *                     carry nothing to store
 * @param storedIds    the stored documents' ids in the project (as the API names documents), in file order
 * @param perAnnotator spans and chains that went into each annotator's layers, by login
 */
public record ImportResult(String fileName, List<String> documentIds, int spans, int chains, List<String> skippedEmpty,
                           List<Long> storedIds, Map<String, LayerCount> perAnnotator) {

    /** Spans and chains added to one annotator's layers. */
    public record LayerCount(int spans, int chains) {
    }
}
