package org.tawsim.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a corpus file into documents. Readers are strict: the first line that breaks the format stops the read
 * with a {@link FormatException} naming the file, the 1-based line and the problem; no other exception escapes
 * except {@link IOException}s of the underlying stream.
 */
public abstract class CorpusReader {

    CorpusReader() {
        // the formats are this package's: subclasses live here
    }

    /**
     * Reads documents in file order, handing each to {@code sink} as soon as it is complete, so a large file
     * need not fit in memory. Documents handed over before a format error stay handed over.
     *
     * @param fileName shown in error messages
     */
    public final void read(Reader in, String fileName, Consumer<CorpusDocument> sink) throws IOException {
        read(new NumberedLines(in, fileName), sink);
    }

    /** Reads UTF-8; a byte that is not UTF-8 is a {@link FormatException} on its line. */
    public final void read(InputStream in, String fileName, Consumer<CorpusDocument> sink) throws IOException {
        read(new NumberedLines(in, fileName), sink);
    }

    public final List<CorpusDocument> readAll(Reader in, String fileName) throws IOException {
        List<CorpusDocument> documents = new ArrayList<>();
        read(in, fileName, documents::add);
        return documents;
    }

    public final List<CorpusDocument> readAll(InputStream in, String fileName) throws IOException {
        List<CorpusDocument> documents = new ArrayList<>();
        read(in, fileName, documents::add);
        return documents;
    }

    abstract void read(NumberedLines lines, Consumer<CorpusDocument> sink) throws IOException;
}
