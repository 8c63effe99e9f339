package org.tawsim.corpusimport;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.tawsim.base.UserError;
import org.tawsim.format.Conll2012Reader;
import org.tawsim.format.ConllNerReader;
import org.tawsim.format.CorpusReader;
import org.tawsim.format.DoccanoReader;
import org.tawsim.format.JsonlReader;

/** Annotated corpus files a lead can import (see docs/exports.md for our JSONL). */
public enum ImportFormat {
    /** Tawsim's JSONL (our exports), with or without spans and chains; {@code source} names the annotator. */
    JSONL,
    /** doccano's JSONL export ({@code text} and {@code label: [[start, end, label], ...]}). */
    DOCCANO,
    /** CoNLL BIO / IOB2 ({@code token<TAB>tag}, {@code -DOCSTART-} between documents). */
    CONLL_BIO,
    /**
     * CoNLL-2012 (OntoNotes columns): text rebuilt from the words, spans from the mentions and named entities,
     * chains from the coreference column; labels from the named-entity column.
     */
    CONLL_2012;

    /** The format an API caller names, in any case, with - or _ ({@code conll-bio}); a UserError listing the valid ones. */
    public static ImportFormat named(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ImportFormat format : values()) {
            if (format.name().equals(key)) {
                return format;
            }
        }
        throw new UserError("corpus-import.error.format", name == null ? "" : name.strip(),
                Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    CorpusReader reader(Set<String> labels) {
        return switch (this) {
            case JSONL -> new JsonlReader(labels);
            case DOCCANO -> new DoccanoReader(labels);
            case CONLL_BIO -> new ConllNerReader(labels);
            case CONLL_2012 -> new Conll2012Reader(labels);
        };
    }
}
