package org.tawsim.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.tawsim.format.CorpusDocument;
import org.tawsim.format.CorpusFormat;
import org.tawsim.format.CorpusWriter;
import org.tawsim.format.WriteOptions;
import org.tawsim.text.TextRange;

/** One file of an export: one source's documents (of one split part) in one format, with its document count. */
final class SourceFile implements Closeable {

    final String name;
    final String source;
    final String part;
    int documents;
    private final CorpusWriter writer;

    private SourceFile(String name, String source, String part, CorpusWriter writer) {
        this.name = name;
        this.source = source;
        this.part = part;
        this.writer = writer;
    }

    static SourceFile open(CorpusFormat format, WriteOptions options, String name, String source, String part,
                           OutputStream out) {
        return new SourceFile(name, source, part, format.writer(out, options));
    }

    void write(CorpusDocument document, List<TextRange> shared) throws IOException {
        writer.writeDocument(document, shared);
        documents++;
    }

    /** The writer's totals for the manifest: spans written and dropped, by reason. */
    Map<String, Integer> counts() {
        return writer.counts();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
