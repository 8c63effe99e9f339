package org.tawsim.format;

import java.io.OutputStream;
import java.util.Set;

/** Tawsim's JSONL (spaCy / Prodigy style, code-point offsets; docs/exports.md): read and written. */
final class JsonlFormat extends CorpusFormat {

    JsonlFormat() {
        super("JSONL");
    }

    @Override
    public String commandLineName() {
        return "jsonl";
    }

    @Override
    public CorpusReader reader(Set<String> labels) {
        return new JsonlReader(labels);
    }

    @Override
    public String extension() {
        return "jsonl";
    }

    @Override
    public CorpusWriter writer(OutputStream out, WriteOptions options) {
        return new JsonlWriter(out);
    }
}
