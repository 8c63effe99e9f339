package org.tawsim.format;

import java.io.OutputStream;
import java.util.Set;

/**
 * CoNLL-2012 (OntoNotes columns) with coreference, for the reference scorer. Read: text rebuilt from the words,
 * spans from the mentions and named entities, chains from the coreference column. Written with singletons.
 */
final class Conll2012Format extends CorpusFormat {

    Conll2012Format() {
        super("CONLL_2012", "CONLL2012");
    }

    @Override
    public String commandLineName() {
        return "conll2012";
    }

    @Override
    public CorpusReader reader(Set<String> labels) {
        return new Conll2012Reader(labels);
    }

    @Override
    public String extension() {
        return "v4_conll";
    }

    @Override
    public CorpusWriter writer(OutputStream out, WriteOptions options) {
        return new Conll2012Writer(out, true);
    }

    @Override
    public boolean mayHaveUnlabelledMentions() {
        return true;
    }
}
