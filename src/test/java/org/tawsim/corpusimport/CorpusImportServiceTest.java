package org.tawsim.corpusimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.AccountService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.DocumentSummary;
import org.tawsim.export.ExportManifest;
import org.tawsim.export.ExportRequest;
import org.tawsim.export.ExportService;
import org.tawsim.export.ExportSources;
import org.tawsim.format.CorpusFormats;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;
import org.tawsim.support.DatabaseTest;

class CorpusImportServiceTest extends DatabaseTest {

    static final String LINE = "{\"id\":\"jasim\",\"text\":\"😀 اشتباكات 𝐀 في مدينة جاسم بدرعا.\",\"source\":\"%s\","
            + "\"spans\":[{\"id\":1,\"start\":16,\"end\":26,\"label\":\"LOCATION\"},{\"id\":2,\"start\":22,\"end\":26,\"label\":\"LOCATION\"},"
            + "{\"id\":3,\"start\":28,\"end\":32,\"label\":\"LOCATION\"}],\"chains\":[[1,3]]}\n";

    @Autowired
    AccountService accounts;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;
    @Autowired
    CorpusImportService imports;
    @Autowired
    ExportService exports;

    UserAccount lead;
    UserAccount first;
    UserAccount second;
    Project project;

    @BeforeEach
    void emptyProject() {
        String tag = Long.toString(System.nanoTime(), 36);
        lead = accounts.create("lead-" + tag, "password-1", "Lead", SystemRole.LEAD);
        first = accounts.create("ann1-" + tag, "password-1", "Ann 1", SystemRole.ANNOTATOR);
        second = accounts.create("ann2-" + tag, "password-1", "Ann 2", SystemRole.ANNOTATOR);
        project = projects.create(lead, "Imports " + tag, "");
        projects.addMember(lead, project.id(), first.login(), ProjectRole.ANNOTATOR);
        projects.addMember(lead, project.id(), second.login(), ProjectRole.ANNOTATOR);
    }

    @Test
    void ourJsonlComesBackAsItWasExported() throws IOException {
        String file = LINE.formatted(first.login()) + LINE.formatted(second.login()).replace("[[1,3]]", "[]")
                + "{\"id\":\"plain\",\"text\":\"وصل الوفد إلى دمشق.\"}\n";
        ImportResult result = imports.importFile(lead, project.id(), CorpusFormats.JSONL, "corpus.jsonl", bytes(file), null);

        assertThat(result.documentIds()).containsExactly("jasim", "plain");
        assertThat(result.spans()).isEqualTo(6);
        assertThat(result.chains()).isEqualTo(1);
        ExportManifest manifest = exports.export(lead, project.id(),
                new ExportRequest(CorpusFormats.JSONL, null, ExportSources.ANNOTATOR, first.login(), null));
        Path exported = exports.file(lead, project.id(), manifest.exportId(), manifest.files().get(0).name());
        String jasim = Files.readAllLines(exported).stream().filter(l -> l.contains("\"id\":\"jasim\"")).findFirst().orElseThrow();
        assertThat(jasim).contains("\"text\":\"مدينة جاسم\"", "\"start\":28,\"end\":32", "\"title\":\"😀 اشتباكات 𝐀 في مدينة جاسم بدرعا.\"");
        assertThat(manifest.counts().get(first.login())).containsEntry("written", 3).containsEntry("chains", 1);
    }

    @Test
    void doccanoSpansGoToTheChosenAnnotator() throws IOException {
        byte[] file = Files.readAllBytes(Path.of("src/test/resources/golden/doccano/three-documents.jsonl"));
        assertThatThrownBy(() -> imports.importFile(lead, project.id(), CorpusFormats.DOCCANO, "d.jsonl", file, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("corpus-import.error.no-source"));
        ImportResult result = imports.importFile(lead, project.id(), CorpusFormats.DOCCANO, "d.jsonl", file, second.login());
        assertThat(result.documentIds()).hasSize(3);
        assertThat(result.spans()).isEqualTo(5);
    }

    @Test
    void aBadLineStoresNothingAndNamesTheLine() throws IOException {
        byte[] file = Files.readAllBytes(Path.of("src/test/resources/golden/errors/broken-json-line-3.jsonl"));
        assertThatThrownBy(() -> imports.importFile(lead, project.id(), CorpusFormats.JSONL, "broken.jsonl", file, first.login()))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("corpus-import.error.line");
                    assertThat(e.args()[0]).isEqualTo("broken.jsonl");
                    assertThat(e.args()[1]).isEqualTo(3);
                });
        assertThat(documents.summaries(lead, project.id())).isEmpty();
    }

    @Test
    void aFileFailingHalfWayStoresNothing() {
        // the second document names someone who is not an annotator of the project: found only while storing
        String file = LINE.formatted(first.login()) + LINE.formatted("nobody").replace("jasim", "other");
        assertThatThrownBy(() -> imports.importFile(lead, project.id(), CorpusFormats.JSONL, "c.jsonl", bytes(file), null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("corpus-import.error.no-such-annotator"));
        assertThat(documents.summaries(lead, project.id())).isEmpty();
    }

    @Test
    void duplicatesGoldAndAnnotatorsAreRefused() {
        imports.importFile(lead, project.id(), CorpusFormats.JSONL, "a.jsonl", bytes(LINE.formatted(first.login())), null);
        assertThatThrownBy(() -> imports.importFile(lead, project.id(), CorpusFormats.JSONL, "b.jsonl", bytes(LINE.formatted(second.login())), null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("corpus-import.error.duplicate"));
        String twice = LINE.formatted(first.login()) + LINE.formatted(first.login());
        assertThatThrownBy(() -> imports.importFile(lead, project.id(), CorpusFormats.JSONL, "t.jsonl", bytes(twice.replace("jasim", "j2")), null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("corpus-import.error.duplicate-in-file"));
        assertThatThrownBy(() -> imports.importFile(lead, project.id(), CorpusFormats.JSONL, "g.jsonl", bytes(LINE.formatted("gold").replace("jasim", "g")), null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("corpus-import.error.gold"));
        assertThatThrownBy(() -> imports.importFile(first, project.id(), CorpusFormats.JSONL, "x.jsonl", bytes(LINE.formatted(first.login()).replace("jasim", "x")), null))
                .isInstanceOf(AccessDeniedException.class);
        List<String> ids = new ArrayList<>(documents.summaries(lead, project.id()).stream().map(DocumentSummary::externalId).toList());
        assertThat(ids).containsExactly("jasim");
    }

    /** جاسم is nested in مدينة جاسم, so the NE column cannot label it; درعا is in the chain of مدينة جاسم. */
    static final String CONLL_2012 = """
            #begin document (jasim); part 000
            jasim	0	0	اشتباكات	-	*	-	-	-	-	*	-
            jasim	0	1	في	-	*	-	-	-	-	*	-
            jasim	0	2	مدينة	-	*	-	-	-	-	(LOCATION*	(0
            jasim	0	3	جاسم	-	*	-	-	-	-	*)	(1)|0)
            jasim	0	4	ب	-	*	-	-	-	-	*	-
            jasim	0	5	درعا	-	*	-	-	-	-	*	(0)
            jasim	0	6	.	-	*	-	-	-	-	*	-

            #end document
            """;

    @Test
    void conll2012MentionsTakeTheirChainsLabelOrTheChosenOne() {
        assertThatThrownBy(() -> imports.importFile(lead, project.id(), CorpusFormats.CONLL_2012, "k.v4_conll",
                bytes(CONLL_2012), first.login()))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("corpus-import.error.unlabelled");
                    assertThat(e.args()).containsExactly("k.v4_conll", "jasim", "جاسم", 18, 22);
                });
        assertThatThrownBy(() -> imports.importFile(lead, project.id(), CorpusFormats.CONLL_2012, "k.v4_conll",
                bytes(CONLL_2012.replace("(LOCATION*", "(CITY*")), first.login(), "LOCATION"))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.args()).containsExactly("k.v4_conll", 4,
                        "named entity: unknown label 'CITY'"));
        assertThat(documents.summaries(lead, project.id())).isEmpty();

        ImportResult result = imports.importFile(lead, project.id(), CorpusFormats.CONLL_2012, "k.v4_conll",
                bytes(CONLL_2012), first.login(), "PERSON");
        assertThat(result.spans()).isEqualTo(3);
        assertThat(result.chains()).isEqualTo(1);
        ExportManifest manifest = exports.export(lead, project.id(),
                new ExportRequest(CorpusFormats.JSONL, null, ExportSources.ANNOTATOR, first.login(), null));
        String line = exportedLines(manifest).get(0);
        // the text is rebuilt from the words; درعا takes LOCATION from its chain, جاسم the chosen PERSON
        assertThat(line).contains("\"text\":\"اشتباكات في مدينة جاسم ب درعا .\"",
                "\"start\":12,\"end\":22,\"label\":\"LOCATION\"", "\"start\":18,\"end\":22,\"label\":\"PERSON\"",
                "\"start\":25,\"end\":29,\"label\":\"LOCATION\"");
    }

    @Test
    void theSameSpanTwiceAndTextlessDocumentsAreHandledBeforeStoring() {
        String twice = LINE.formatted(first.login()).replace("{\"id\":2,\"start\":22", "{\"id\":2,\"start\":16");
        assertThatThrownBy(() -> imports.importFile(lead, project.id(), CorpusFormats.JSONL, "t.jsonl", bytes(twice), null))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("corpus-import.error.duplicate-span");
                    assertThat(e.args()).containsExactly("t.jsonl", "jasim", "LOCATION", 16, 26);
                });
        String withEmpty = "{\"id\":\"nothing\",\"text\":\"\"}\n" + LINE.formatted(first.login());
        ImportResult result = imports.importFile(lead, project.id(), CorpusFormats.JSONL, "e.jsonl", bytes(withEmpty), null);
        assertThat(result.documentIds()).containsExactly("jasim");
        assertThat(result.skippedEmpty()).containsExactly("nothing");
    }

    private List<String> exportedLines(ExportManifest manifest) {
        try {
            return Files.readAllLines(exports.file(lead, project.id(), manifest.exportId(), manifest.files().get(0).name()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
