package org.tawsim.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

/**
 * One corpus format: its names, its reader, its writer (or none) and the options it takes. Each format is one
 * subclass and one instance in {@link CorpusFormats}, which import, export, the command line and the API all
 * resolve names through. In JSON a format is its {@link #name()}.
 */
public abstract sealed class CorpusFormat permits JsonlFormat, DoccanoFormat, ConllNerFormat, Conll2012Format {

    private final String name;
    private final List<String> aliases;

    CorpusFormat(String name, String... aliases) {
        this.name = name;
        this.aliases = List.of(aliases);
    }

    /** The format a name stands for, as {@link CorpusFormats#named(String)}; lets JSON bodies name a format. */
    @JsonCreator
    public static CorpusFormat named(String name) {
        return CorpusFormats.named(name);
    }

    /** The canonical name: export requests and manifests, the export page's choices. */
    @JsonValue
    public final String name() {
        return name;
    }

    /** Other names the same format answers to (matched like the name: any case, - or _). */
    public final List<String> aliases() {
        return aliases;
    }

    /** The name the import page, the import API's errors and the import history show. */
    public String importName() {
        return name;
    }

    /** The name {@code --format} of the command line shows; null when the format cannot be written. */
    public abstract String commandLineName();

    /** The reader, which refuses spans whose label is not in {@code labels}. */
    public abstract CorpusReader reader(Set<String> labels);

    /** Whether an export can be written in this format. */
    public boolean canWrite() {
        return commandLineName() != null;
    }

    /** The extension of written files, without the dot. */
    public String extension() {
        throw new UnsupportedOperationException(name + " cannot be written");
    }

    /** Opens a writer onto {@code out} (UTF-8); closing the writer closes {@code out}. */
    public CorpusWriter writer(OutputStream out, WriteOptions options) {
        throw new UnsupportedOperationException(name + " cannot be written");
    }

    /** Whether the writer uses {@link WriteOptions#scheme()} (IOB2 or BIOES tags). */
    public boolean takesTagScheme() {
        return false;
    }

    /** Whether a file can hold coreference mentions without a label, which an import must then label. */
    public boolean mayHaveUnlabelledMentions() {
        return false;
    }

    @Override
    public final String toString() {
        return name;
    }
}
