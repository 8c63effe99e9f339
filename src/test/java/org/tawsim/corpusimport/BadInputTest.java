package org.tawsim.corpusimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.base.UserError;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.DocumentSummary;
import org.tawsim.corpus.PlainTextDecoder;
import org.tawsim.format.CorpusFormat;
import org.tawsim.format.CorpusFormats;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

/**
 * Every importer against the files real users upload by mistake: each row is one file for one importer and the
 * exact message it must get (translation key and arguments, which name the file and the line), and after a
 * refusal the project must hold exactly what it held before.
 */
class BadInputTest extends DatabaseTest {

    /** The upload limit of application.properties, in MB. */
    static final long LIMIT_MB = 10;

    /**
     * The importers a lead can upload to. A new importer (e.g. CoNLL-2012 once CorpusFormat offers it) gets a
     * constant here and its rows in {@link #rows()}; the "every importer" rows then cover it on their own.
     */
    enum Importer {
        PLAIN_TEXT(null, ".txt"),
        JSONL(CorpusFormats.JSONL, ".jsonl"),
        DOCCANO(CorpusFormats.DOCCANO, ".jsonl"),
        CONLL_BIO(CorpusFormats.CONLL_NER, ".conll");

        final CorpusFormat format;
        final String extension;

        Importer(CorpusFormat format, String extension) {
            this.format = format;
            this.extension = extension;
        }
    }

    /** One file for one importer; {@code earlier}, if any, is imported first and must succeed. */
    record Row(String problem, Importer importer, Function<String, InputStream> file, byte[] earlier, Expected expected) {
        String fileName() {
            return problem.replace(' ', '-') + importer.extension;
        }

        @Override
        public String toString() {
            return importer + ": " + problem;
        }
    }

    interface Expected {
    }

    /** Refused with this message; the arguments after the file name. */
    record Refused(String key, Object... args) implements Expected {
    }

    /** Stored: the documents' texts, in order, and the number of spans. */
    record Stored(List<String> texts, int spans) implements Expected {
    }

    static final String JASIM = "اشتباكات في مدينة جاسم بدرعا";
    static final String JSONL_LINE = "{\"id\":\"%s\",\"text\":\"" + JASIM + "\",\"spans\":[%s]}";
    static final String SPAN = "{\"start\":%d,\"end\":%d,\"label\":\"%s\"}";
    static final String DOCCANO_LINE = "{\"id\":%s,\"text\":\"" + JASIM + "\",\"label\":[%s]}";
    static final String CONLL = "اشتباكات\tO\nفي\tO\nمدينة\tO\nجاسم\tB-LOCATION\n";

    static Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        for (Importer importer : Importer.values()) {
            boolean plain = importer == Importer.PLAIN_TEXT;
            rows.add(refused("empty file", importer, new byte[0],
                    plain ? "import.error.empty" : "corpus-import.error.empty"));
            rows.add(new Row("200 MB file", importer, name -> new GeneratedStream(200L * 1024 * 1024), null,
                    new Refused("import.error.too-large", LIMIT_MB)));
            rows.add(refused("binary", importer, png, plain ? "import.error.encoding" : "corpus-import.error.line",
                    plain ? new Object[] {"UTF-8", 0} : new Object[] {1, "not valid UTF-8"}));
            rows.add(refused("utf-16 without bom", importer, utf16(importer), "import.error.utf16"));
            rows.add(refused("invalid utf-8", importer, concat(utf8(validFile(importer)), "محافظة درعا\n".getBytes(PlainTextDecoder.WINDOWS_1256)),
                    plain ? "import.error.encoding" : "corpus-import.error.line",
                    plain ? new Object[] {"UTF-8", validFile(importer).getBytes(StandardCharsets.UTF_8).length}
                            : new Object[] {lines(validFile(importer)) + 1, "not valid UTF-8"}));
        }
        rows.add(refused("nul byte", Importer.PLAIN_TEXT, utf8("نص\u0000نص"), "import.error.binary", 2));
        rows.add(refused("nul byte", Importer.JSONL, utf8(JSONL_LINE.formatted("a\u0000", "")), "corpus-import.error.line",
                1, "control character U+0000 at column 9 (a binary file?)"));
        rows.add(refused("escaped nul", Importer.JSONL, utf8(JSONL_LINE.formatted("a", "").replace("مدينة", "\\u0000")),
                "corpus-import.error.line", 1, "document: text has a control character U+0000 at 12 (a binary file?)"));
        rows.add(refused("escaped nul", Importer.DOCCANO, utf8(DOCCANO_LINE.formatted("1", "").replace("مدينة", "\\u0000")),
                "corpus-import.error.line", 1, "document: text has a control character U+0000 at 12 (a binary file?)"));
        rows.add(refused("lone surrogate", Importer.JSONL, utf8(JSONL_LINE.formatted("a", "").replace("مدينة", "\\ud800")),
                "corpus-import.error.line", 1, "document: text has a lone surrogate U+D800 at 12"));
        rows.add(refused("nul byte", Importer.CONLL_BIO, utf8(CONLL.replace("في", "في\u0000")), "corpus-import.error.line",
                2, "control character U+0000 at column 3 (a binary file?)"));

        rows.add(stored("bom and crlf", Importer.PLAIN_TEXT, bomCrlf("جاسم\nدرعا\n"), "جاسم\r\nدرعا\r\n", 0));
        rows.add(stored("bom and crlf", Importer.JSONL,
                bomCrlf(JSONL_LINE.formatted("a", "{\"start\":18,\"end\":22,\"label\":\"LOCATION\",\"text\":\"جاسم\"}") + "\n"
                        + JSONL_LINE.formatted("b", "") + "\n"), JASIM, 1));
        rows.add(stored("bom and crlf", Importer.DOCCANO, bomCrlf(DOCCANO_LINE.formatted("1", "[18,22,\"LOCATION\"]") + "\n"),
                JASIM, 1));
        rows.add(stored("bom and crlf", Importer.CONLL_BIO, bomCrlf(CONLL), "اشتباكات في مدينة جاسم", 1));

        rows.add(refused("broken line 9999", Importer.JSONL, utf8(many(JSONL_LINE.formatted("d%d", ""), "{\"id\":\"broken\",")),
                "corpus-import.error.line", 9999,
                "invalid JSON: Unexpected end-of-input within/between Object entries"));
        rows.add(refused("broken line 9999", Importer.DOCCANO, utf8(many(DOCCANO_LINE.formatted("%d", ""), "{\"id\":9999,\"text\":")),
                "corpus-import.error.line", 9999,
                "invalid JSON: Unexpected end-of-input within/between Object entries"));
        StringBuilder longConll = new StringBuilder();
        for (int line = 1; line < 9999; line++) {
            longConll.append(line % 10 == 0 ? "\n" : "كلمة\tO\n");
        }
        longConll.append("جاسم\tB-LOC-\n");
        rows.add(refused("broken line 9999", Importer.CONLL_BIO, utf8(longConll.toString()), "corpus-import.error.line", 9999,
                "tag 'B-LOC-': unknown label 'LOC-'"));

        rows.add(refused("span out of range", Importer.JSONL, utf8(JSONL_LINE.formatted("a", SPAN.formatted(23, 40, "LOCATION"))),
                "corpus-import.error.line", 1, "span 0: span [23, 40) is out of range, the text has 28 code points"));
        rows.add(refused("span out of range", Importer.DOCCANO, utf8(DOCCANO_LINE.formatted("1", "[23,40,\"LOCATION\"]")),
                "corpus-import.error.line", 1, "label 0: span [23, 40) is out of range, the text has 28 code points"));
        rows.add(refused("negative offset", Importer.JSONL, utf8(JSONL_LINE.formatted("a", SPAN.formatted(-1, 4, "LOCATION"))),
                "corpus-import.error.line", 1, "span 0: field 'start' must be a non-negative integer, not -1"));
        rows.add(refused("inverted span", Importer.JSONL, utf8(JSONL_LINE.formatted("a", SPAN.formatted(22, 18, "LOCATION"))),
                "corpus-import.error.line", 1, "span 0: inverted span, start 22 is after end 18"));
        rows.add(refused("inverted span", Importer.DOCCANO, utf8(DOCCANO_LINE.formatted("1", "[22,18,\"LOCATION\"]")),
                "corpus-import.error.line", 1, "label 0: inverted span, start 22 is after end 18"));
        rows.add(refused("unknown label", Importer.JSONL, utf8(JSONL_LINE.formatted("a", SPAN.formatted(18, 22, "CITY"))),
                "corpus-import.error.line", 1, "span 0: unknown label 'CITY'"));
        rows.add(refused("unknown label", Importer.DOCCANO, utf8(DOCCANO_LINE.formatted("1", "[18,22,\"CITY\"]")),
                "corpus-import.error.line", 1, "label 0: unknown label 'CITY'"));
        rows.add(refused("unknown label", Importer.CONLL_BIO, utf8(CONLL.replace("B-LOCATION", "B-CITY")),
                "corpus-import.error.line", 4, "tag 'B-CITY': unknown label 'CITY'"));

        rows.add(refused("duplicate id in file", Importer.JSONL,
                utf8(JSONL_LINE.formatted("a", "") + "\n" + JSONL_LINE.formatted("a", "")), "corpus-import.error.duplicate-in-file", "a"));
        rows.add(refused("duplicate id in file", Importer.DOCCANO,
                utf8(DOCCANO_LINE.formatted("7", "") + "\n" + DOCCANO_LINE.formatted("7", "").replace("جاسم", "درعا")),
                "corpus-import.error.duplicate-in-file", "7"));
        for (Importer importer : Importer.values()) {
            byte[] file = utf8(validFile(importer));
            boolean plain = importer == Importer.PLAIN_TEXT;
            String id = switch (importer) {
                case PLAIN_TEXT -> "duplicate-id-in-project";
                case JSONL -> "a";
                default -> "1";
            };
            rows.add(new Row("duplicate id in project", importer, name -> new ByteArrayInputStream(file), file,
                    new Refused(plain ? "import.error.duplicate" : "corpus-import.error.duplicate", id)));
        }
        return rows.stream();
    }

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    CorpusImportService imports;

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyImporterGetsAClearAnswer(Row row) throws IOException {
        Teams.Team team = teams.create("Bad input", "ann");
        long projectId = team.project().id();
        if (row.earlier() != null) {
            importFile(team, row, new ByteArrayInputStream(row.earlier()));
        }
        List<DocumentSummary> before = documents.summaries(team.lead(), projectId);
        InputStream file = row.file().apply(row.fileName());

        Throwable thrown = catchThrowable(() -> importFile(team, row, file));

        if (row.expected() instanceof Refused refused) {
                assertThat(thrown).as(row.toString()).isInstanceOf(UserError.class);
                UserError error = (UserError) thrown;
                List<Object> args = new ArrayList<>(List.of(row.fileName()));
                args.addAll(List.of(refused.args()));
                assertThat(error.messageKey()).as(row.toString()).isEqualTo(refused.key());
                assertThat(error.args()).as(row.toString()).containsExactly(args.toArray());
                assertThat(english().getProperty(refused.key())).as("translated " + refused.key()).isNotBlank();
                assertThat(documents.summaries(team.lead(), projectId)).as("nothing stored").isEqualTo(before);
        } else if (row.expected() instanceof Stored stored) {
                assertThat(thrown).as(row.toString()).isNull();
                List<String> texts = documents.summaries(team.lead(), projectId).stream()
                        .map(d -> documents.get(team.lead(), d.id()).text()).toList();
                assertThat(texts).as(row.toString()).startsWith(stored.texts().toArray(String[]::new));
        }
        if (file instanceof GeneratedStream generated) {
            assertThat(generated.delivered).as("bytes read of the 200 MB file").isLessThanOrEqualTo(LIMIT_MB * 1024 * 1024 + 1);
        }
    }

    private void importFile(Teams.Team team, Row row, InputStream file) {
        long projectId = team.project().id();
        if (row.importer() == Importer.PLAIN_TEXT) {
            documents.importTextFile(team.lead(), projectId, row.fileName(), file, null);
        } else {
            ImportResult result = imports.importFile(team.lead(), projectId, row.importer().format, row.fileName(), file,
                    team.annotator(0).login());
            if (row.expected() instanceof Stored stored) {
                assertThat(result.spans()).as("spans of " + row).isEqualTo(stored.spans());
            }
        }
    }

    private static Row refused(String problem, Importer importer, byte[] file, String key, Object... args) {
        return new Row(problem, importer, name -> new ByteArrayInputStream(file), null, new Refused(key, args));
    }

    private static Row stored(String problem, Importer importer, byte[] file, String text, int spans) {
        return new Row(problem, importer, name -> new ByteArrayInputStream(file), null, new Stored(List.of(text), spans));
    }

    /** A small file each importer accepts. */
    private static String validFile(Importer importer) {
        return switch (importer) {
            case PLAIN_TEXT -> JASIM + "\n";
            case JSONL -> JSONL_LINE.formatted("a", SPAN.formatted(18, 22, "LOCATION")) + "\n";
            case DOCCANO -> DOCCANO_LINE.formatted("1", "[18,22,\"LOCATION\"]") + "\n";
            case CONLL_BIO -> CONLL;
        };
    }

    /** The valid file in UTF-16LE without a byte-order mark, as Windows' "Unicode" saves it. */
    private static byte[] utf16(Importer importer) {
        return validFile(importer).getBytes(StandardCharsets.UTF_16LE);
    }

    /** 9,998 lines from {@code line} (with its %d numbered) and then {@code broken} on line 9,999. */
    private static String many(String line, String broken) {
        StringBuilder file = new StringBuilder();
        for (int i = 1; i < 9999; i++) {
            file.append(line.formatted(i)).append('\n');
        }
        return file.append(broken).append('\n').append(line.formatted(10_000)).append('\n').toString();
    }

    private static byte[] bomCrlf(String text) {
        return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text.replace("\n", "\r\n")));
    }

    private static int lines(String text) {
        return (int) text.lines().count();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static Properties english() {
        Properties properties = new Properties();
        try (InputStream in = BadInputTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A large file made up while it is read (Arabic text lines), so the test never holds it; counts what was read. */
    static final class GeneratedStream extends InputStream {

        private static final byte[] LINE = utf8(JASIM + "\n");
        private final long size;
        long delivered;

        GeneratedStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (delivered >= size) {
                return -1;
            }
            return LINE[(int) (delivered++ % LINE.length)] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (delivered >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - delivered);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = LINE[(int) (delivered++ % LINE.length)];
            }
            return n;
        }
    }
}
