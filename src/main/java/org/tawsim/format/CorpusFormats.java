package org.tawsim.format;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The registry of corpus formats: the one place that knows which formats exist and what they are called. Import,
 * export, the command line and the API resolve names here, and their errors list the names it gives.
 *
 * <p>A name matches in any case, with {@code -} or {@code _} ({@code conll-bio}, {@code Conll_2012}):
 * <pre>
 * JSONL       read and written   jsonl
 * DOCCANO     read only
 * CONLL_NER   read and written   aliases CONLL_BIO (import's name), CONLL (the command line's)
 * CONLL_2012  read and written   alias CONLL2012 (the command line's)
 * </pre>
 */
public final class CorpusFormats {

    public static final CorpusFormat JSONL = new JsonlFormat();
    public static final CorpusFormat DOCCANO = new DoccanoFormat();
    public static final CorpusFormat CONLL_NER = new ConllNerFormat();
    public static final CorpusFormat CONLL_2012 = new Conll2012Format();

    /** Every format, in the order the import page and the import API list them. */
    private static final List<CorpusFormat> ALL = List.of(JSONL, DOCCANO, CONLL_NER, CONLL_2012);
    /** The formats an export writes, in the order the export page and the command line list them. */
    private static final List<CorpusFormat> WRITABLE = List.of(CONLL_NER, CONLL_2012, JSONL);

    private CorpusFormats() {
    }

    public static List<CorpusFormat> all() {
        return ALL;
    }

    /** The formats an import reads: every one. */
    public static List<CorpusFormat> readable() {
        return ALL;
    }

    public static List<CorpusFormat> writable() {
        return WRITABLE;
    }

    /** The format a name or alias stands for, if any. */
    public static Optional<CorpusFormat> find(String name) {
        String key = key(name);
        return ALL.stream().filter(f -> Stream.concat(Stream.of(f.name()), f.aliases().stream())
                .anyMatch(n -> key(n).equals(key))).findFirst();
    }

    /** The format a name or alias stands for; {@link UnknownFormat} when none does. */
    public static CorpusFormat named(String name) {
        return find(name).orElseThrow(() -> new UnknownFormat(name == null ? "" : name.strip()));
    }

    /** The names an import's errors list: JSONL, DOCCANO, CONLL_BIO, CONLL_2012. */
    public static List<String> importNames() {
        return readable().stream().map(CorpusFormat::importName).toList();
    }

    /** The names an export's errors list: CONLL_NER, CONLL_2012, JSONL. */
    public static List<String> exportNames() {
        return writable().stream().map(CorpusFormat::name).toList();
    }

    /** The values {@code --format} of the command line shows: conll, conll2012, jsonl. */
    public static List<String> commandLineNames() {
        return writable().stream().map(CorpusFormat::commandLineName).toList();
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
