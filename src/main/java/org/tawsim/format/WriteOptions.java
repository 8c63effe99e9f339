package org.tawsim.format;

import java.util.Objects;

/**
 * What a writer may be told besides the documents. Formats that take no option ignore it (see
 * {@link CorpusFormat#takesTagScheme()}).
 *
 * @param scheme the tag scheme of CoNLL NER columns
 */
public record WriteOptions(TagScheme scheme) {

    public WriteOptions {
        Objects.requireNonNull(scheme, "scheme");
    }
}
