package org.tawsim.annotation.layer.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** A document's first event (its import) and its renames. */
public sealed interface DocumentEvent extends Event {

    /** The spans and chains an annotated file put into one annotator's layer. */
    record ImportedLayer(String annotator, int spans, int chains) {
    }

    /**
     * @param format "text" for a plain text file, else the annotated format's name in lower case (e.g. "conll_2012")
     * @param layers per annotator (none at all for plain text; an annotated file without annotations has an empty list)
     */
    @JsonTypeName("document.imported")
    record Imported(String file, String format, @JsonInclude(JsonInclude.Include.NON_NULL) List<ImportedLayer> layers)
            implements DocumentEvent {

        public static Imported plainText(String file) {
            return new Imported(file, "text", null);
        }
    }

    @JsonTypeName("document.renamed")
    record Renamed(String before, String after) implements DocumentEvent {
    }
}
