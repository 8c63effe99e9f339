package org.tawsim.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tawsim.format.Conll2012Writer;
import org.tawsim.format.ConllNerWriter;
import org.tawsim.format.CorpusDocument;
import org.tawsim.format.JsonlWriter;
import org.tawsim.format.MentionCounts;
import org.tawsim.format.SpanCounts;
import org.tawsim.format.TagScheme;
import org.tawsim.text.TextRange;

/** One file of an export: one source's documents (of one split part) in one format. */
abstract class SourceFile implements Closeable {

    final String name;
    final String source;
    final String part;
    int documents;

    private SourceFile(String name, String source, String part) {
        this.name = name;
        this.source = source;
        this.part = part;
    }

    static SourceFile open(ExportFormat format, TagScheme scheme, String name, String source, String part,
                           OutputStream out) {
        return switch (format) {
            case CONLL_NER -> new SourceFile(name, source, part) {
                final ConllNerWriter writer = new ConllNerWriter(out, scheme);

                @Override
                void writeDocument(CorpusDocument document, List<TextRange> shared) throws IOException {
                    writer.write(document, shared);
                }

                @Override
                Map<String, Integer> counts() {
                    SpanCounts c = writer.totals();
                    return ordered("written", c.written(), "droppedNested", c.droppedOverlapping(),
                            "droppedWithoutTokens", c.droppedWithoutTokens(), "droppedUnlabelled", c.droppedUnlabelled());
                }

                @Override
                public void close() throws IOException {
                    writer.close();
                }
            };
            case CONLL_2012 -> new SourceFile(name, source, part) {
                final Conll2012Writer writer = new Conll2012Writer(out, true);

                @Override
                void writeDocument(CorpusDocument document, List<TextRange> shared) throws IOException {
                    writer.write(document, shared);
                }

                @Override
                Map<String, Integer> counts() {
                    MentionCounts c = writer.totals();
                    return ordered("written", c.written(), "droppedDuplicate", c.droppedDuplicate(),
                            "droppedCrossing", c.droppedCrossing(), "droppedWithoutTokens", c.droppedWithoutTokens(),
                            "singletonsOmitted", c.singletonsOmitted(), "namedEntitiesDropped", c.namedEntitiesDropped());
                }

                @Override
                public void close() throws IOException {
                    writer.close();
                }
            };
            case JSONL -> new SourceFile(name, source, part) {
                final JsonlWriter writer = new JsonlWriter(out);
                int spans;
                int chains;

                @Override
                void writeDocument(CorpusDocument document, List<TextRange> shared) throws IOException {
                    writer.write(document, shared);
                    spans += document.spans().size();
                    chains += document.chains().size();
                }

                @Override
                Map<String, Integer> counts() {
                    // JSONL holds nested spans and chains as they are: nothing is dropped
                    return ordered("written", spans, "chains", chains);
                }

                @Override
                public void close() throws IOException {
                    writer.close();
                }
            };
        };
    }

    final void write(CorpusDocument document, List<TextRange> shared) throws IOException {
        writeDocument(document, shared);
        documents++;
    }

    abstract void writeDocument(CorpusDocument document, List<TextRange> shared) throws IOException;

    /** The writer's totals for the manifest: spans written and dropped, by reason. */
    abstract Map<String, Integer> counts();

    private static Map<String, Integer> ordered(Object... keysAndValues) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
        }
        return map;
    }
}
