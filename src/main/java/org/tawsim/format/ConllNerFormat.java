package org.tawsim.format;

import java.io.OutputStream;
import java.util.Set;

/**
 * CoNLL-2003 NER columns ({@code token<TAB>tag}, {@code -DOCSTART-} between documents), IOB2 or BIOES when
 * written. Export has always called it {@code CONLL_NER} and import {@code CONLL_BIO} (IOB2 is BIO): one
 * format under both names, and {@code conll} on the command line.
 */
final class ConllNerFormat extends CorpusFormat {

    ConllNerFormat() {
        super("CONLL_NER", "CONLL_BIO", "CONLL");
    }

    @Override
    public String importName() {
        return "CONLL_BIO";
    }

    @Override
    public String commandLineName() {
        return "conll";
    }

    @Override
    public CorpusReader reader(Set<String> labels) {
        return new ConllNerReader(labels);
    }

    @Override
    public String extension() {
        return "conll";
    }

    @Override
    public CorpusWriter writer(OutputStream out, WriteOptions options) {
        return new ConllNerWriter(out, options.scheme());
    }

    @Override
    public boolean takesTagScheme() {
        return true;
    }
}
