package org.tawsim.corpusimport;

import java.util.List;

/**
 * What one imported file added to the project.
 *
 * @param skippedEmpty ids of documents without any text (e.g. a CoNLL document with no token line), which
 *                     carry nothing to store
 */
public record ImportResult(String fileName, List<String> documentIds, int spans, int chains, List<String> skippedEmpty) {
}
