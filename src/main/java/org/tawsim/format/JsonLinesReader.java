package org.tawsim.format;

import java.io.IOException;
import java.util.Set;
import java.util.function.Consumer;

/** A reader of one JSON document per line (our JSONL, doccano); blank lines are skipped. */
abstract class JsonLinesReader extends CorpusReader {

    /** The allowed span labels, or null to accept any. */
    final Set<String> labels;

    JsonLinesReader(Set<String> labels) {
        this.labels = labels == null ? null : Set.copyOf(labels);
    }

    @Override
    final void read(NumberedLines lines, Consumer<CorpusDocument> sink) throws IOException {
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) {
                continue;
            }
            CorpusDocument document;
            try {
                document = parse(line, lines.number());
            } catch (RuntimeException e) {
                throw lines.error(e);
            }
            sink.accept(document);
        }
    }

    abstract CorpusDocument parse(String line, int lineNumber);
}
