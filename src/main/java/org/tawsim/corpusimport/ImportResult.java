package org.tawsim.corpusimport;

import java.util.List;

/** What one imported file added to the project. */
public record ImportResult(String fileName, List<String> documentIds, int spans, int chains) {
}
