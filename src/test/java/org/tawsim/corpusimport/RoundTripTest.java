package org.tawsim.corpusimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.export.ExportManifest.FileEntry;
import org.tawsim.export.ExportManifest;
import org.tawsim.export.ExportRequest;
import org.tawsim.export.ExportService;
import org.tawsim.export.ExportSources;
import org.tawsim.format.CorpusDocument;
import org.tawsim.format.CorpusFormat;
import org.tawsim.format.CorpusFormats;
import org.tawsim.format.CorpusSpan;
import org.tawsim.format.JsonlReader;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.GoldenCases;
import org.tawsim.support.Teams.Team;
import org.tawsim.support.Teams;

/**
 * Round trips over every golden export case: what an export writes, imported into a new project, is what was
 * exported.
 *
 * <ul>
 *   <li><b>JSONL</b> carries everything: texts, spans (offsets and labels) and chains come back exactly, and an
 *       export of the new project is the same file (span ids aside, which are database ids).</li>
 *   <li><b>CoNLL-2012</b> carries tokens, the outermost labelled spans (named-entity column), every mention and
 *       the chains (coreference column). The text comes back rebuilt from the tokens (single spaces, a line break
 *       between sentences), so offsets change; a mention the NE column does not label (one nested in another
 *       entity) takes its chain's label, or the label chosen for unlabelled mentions. What is checked: an export
 *       of the new project is the same CoNLL-2012 file byte for byte, and it holds as many spans and chains. Not
 *       carried: the original text (spacing, line ends, CRLF), the labels of nested mentions, the document title,
 *       and documents without any token (they are skipped on import and reported).</li>
 * </ul>
 */
class RoundTripTest extends DatabaseTest {

    private static final Pattern EMPTY_CONLL_2012 = Pattern.compile("#begin document \\(([^)]*)\\); part 000\n#end document\n");

    @Autowired
    Teams teams;
    @Autowired
    CorpusImportService imports;
    @Autowired
    ExportService exports;

    static Stream<Path> cases() throws IOException {
        return GoldenCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jsonlComesBackExactly(Path folder) throws IOException {
        List<String> sources = GoldenCases.sources(folder);
        Team original = teams.withLogins("Round trip " + folder.getFileName(), sources);
        imports.importFile(original.lead(), original.project().id(), CorpusFormats.JSONL, "input.jsonl",
                GoldenCases.input(folder), null);
        String exported = concatenated(original, export(original, CorpusFormats.JSONL));

        Team copy = teams.withLogins("Round trip copy " + folder.getFileName(), sources);
        imports.importFile(copy.lead(), copy.project().id(), CorpusFormats.JSONL, "export.jsonl",
                exported.getBytes(StandardCharsets.UTF_8), null);
        String again = concatenated(copy, export(copy, CorpusFormats.JSONL));

        assertThat(contents(read(again))).as("texts, spans and chains after the round trip")
                .isEqualTo(contents(read(new String(GoldenCases.input(folder), StandardCharsets.UTF_8))));
        assertThat(GoldenCases.renumberSpanIds(again)).isEqualTo(GoldenCases.renumberSpanIds(exported));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void conll2012ComesBackAsTheSameFile(Path folder) throws IOException {
        List<String> sources = GoldenCases.sources(folder);
        Team original = teams.withLogins("Round trip " + folder.getFileName(), sources);
        imports.importFile(original.lead(), original.project().id(), CorpusFormats.JSONL, "input.jsonl",
                GoldenCases.input(folder), null);
        ExportManifest conll = export(original, CorpusFormats.CONLL_2012);
        ExportManifest jsonl = export(original, CorpusFormats.JSONL);

        for (FileEntry file : conll.files()) {
            String exported = Files.readString(exports.file(original.lead(), original.project().id(), conll.exportId(),
                    file.name()));
            // the documents of each annotator go to a project of their own: the files share document ids
            Team copy = teams.withLogins("Round trip " + file.source(), List.of(file.source()));
            ImportResult result = imports.importFile(copy.lead(), copy.project().id(), CorpusFormats.CONLL_2012,
                    file.name(), exported.getBytes(StandardCharsets.UTF_8), file.source(), "LOCATION");

            List<String> empty = new ArrayList<>();
            Matcher blank = EMPTY_CONLL_2012.matcher(exported);
            while (blank.find()) {
                empty.add(blank.group(1));
            }
            assertThat(result.skippedEmpty()).as("documents without tokens").isEqualTo(empty);
            ExportManifest again = exports.export(copy.lead(), copy.project().id(),
                    new ExportRequest(CorpusFormats.CONLL_2012, null, ExportSources.ANNOTATOR, file.source(), null));
            assertThat(Files.readString(exports.file(copy.lead(), copy.project().id(), again.exportId(),
                    again.files().get(0).name()))).as("%s exported again", file.name())
                    .isEqualTo(EMPTY_CONLL_2012.matcher(exported).replaceAll(""));

            ExportManifest copyJsonl = exports.export(copy.lead(), copy.project().id(),
                    new ExportRequest(CorpusFormats.JSONL, null, ExportSources.ANNOTATOR, file.source(), null));
            assertThat(copyJsonl.counts().get(file.source())).as("spans and chains of %s", file.source())
                    .isEqualTo(jsonl.counts().get(file.source()));
        }
    }

    private ExportManifest export(Team team, CorpusFormat format) {
        return exports.export(team.lead(), team.project().id(),
                new ExportRequest(format, null, ExportSources.ALL_ANNOTATORS, null, null));
    }

    private String concatenated(Team team, ExportManifest manifest) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (FileEntry file : manifest.files()) {
            all.write(Files.readAllBytes(exports.file(team.lead(), team.project().id(), manifest.exportId(), file.name())));
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    private static List<CorpusDocument> read(String jsonl) throws IOException {
        return new JsonlReader().readAll(new StringReader(jsonl), "export.jsonl");
    }

    /**
     * What a set of records says, without ids: per document its text, and per (document, source) its spans as
     * (start, end, label) and its chains as sets of such spans. A record without spans says as much as no record.
     */
    private static Map<String, Object> contents(List<CorpusDocument> records) {
        Map<String, Object> contents = new TreeMap<>();
        for (CorpusDocument record : records) {
            contents.put(record.id(), record.text());
            if (record.spans().isEmpty()) {
                continue;
            }
            Map<Long, List<Object>> spans = new HashMap<>();
            for (CorpusSpan span : record.spans()) {
                spans.put(span.id(), List.of(span.start(), span.end(), span.label()));
            }
            Set<Set<List<Object>>> chains = new HashSet<>();
            for (List<Long> chain : record.chains()) {
                Set<List<Object>> members = new HashSet<>();
                chain.forEach(id -> members.add(spans.get(id)));
                chains.add(members);
            }
            contents.put(record.id() + " by " + record.source(), List.of(new HashSet<>(spans.values()), chains));
        }
        return contents;
    }
}
