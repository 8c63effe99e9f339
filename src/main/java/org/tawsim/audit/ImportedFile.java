package org.tawsim.audit;

import java.util.List;

/**
 * What an import brought into a document, for its history.
 *
 * @param format "text" for a plain text file, else the annotated format's name in lower case (e.g. "conll_2012")
 * @param layers per annotator, the spans and chains the file put into their layer (empty for plain text)
 */
public record ImportedFile(String fileName, String format, List<Layer> layers) {

    public record Layer(String annotator, int spans, int chains) {
    }
}
