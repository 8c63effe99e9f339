package org.tawsim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.tawsim.base.UserError;
import org.tawsim.export.ExportManifest.FileEntry;
import org.tawsim.format.CorpusFormats;
import org.tawsim.format.TagScheme;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenarios;

class ExportServiceTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ExportService exports;

    ExportFixture fx;

    @BeforeEach
    void annotatedProject() {
        fx = new ExportFixture(scenarios);
    }

    @Test
    void jsonlOffsetsAreCodePointsAndEveryAnnotatorIsASource() throws IOException {
        ExportManifest manifest = exports.export(fx.lead, fx.project.id(),
                new ExportRequest(CorpusFormats.JSONL, null, ExportSources.ALL_ANNOTATORS, null, null));

        assertThat(manifest.sources()).containsExactly(fx.first.login(), fx.second.login());
        assertThat(manifest.documentCount()).isEqualTo(3);
        assertThat(manifest.files()).extracting(FileEntry::name)
                .containsExactly(fx.first.login() + ".jsonl", fx.second.login() + ".jsonl");
        List<JsonNode> records = lines(manifest, manifest.files().get(0)).stream().map(ExportServiceTest::json).toList();
        JsonNode jasim = records.stream().filter(r -> r.get("text").asText().equals(ExportFixture.TEXT)).findFirst().orElseThrow();
        assertThat(jasim.get("source").asText()).isEqualTo(fx.first.login());
        List<String> covered = new ArrayList<>();
        for (JsonNode span : jasim.get("spans")) {
            String byCodePoints = codePoints(ExportFixture.TEXT, span.get("start").asInt(), span.get("end").asInt());
            assertThat(span.get("text").asText()).isEqualTo(byCodePoints);
            covered.add(byCodePoints);
        }
        assertThat(covered).containsExactly("مدينة جاسم", "جاسم", "درعا");
        assertThat(jasim.get("spans").get(2).get("start").asInt()).isEqualTo(28);
        assertThat(jasim.get("chains")).hasSize(1);
        assertThat(manifest.labels().get(fx.first.login())).containsEntry("LOCATION", 4);
        assertThat(manifest.counts().get(fx.first.login())).containsEntry("written", 4).containsEntry("chains", 1);
        assertHashesMatch(manifest);
    }

    @Test
    void conllFilesOfTwoAnnotatorsLineUpAndNestedSpansAreCounted() throws IOException {
        ExportManifest manifest = exports.export(fx.viewer, fx.project.id(),
                new ExportRequest(CorpusFormats.CONLL_NER, TagScheme.BIOES, ExportSources.ALL_ANNOTATORS, null, null));

        List<String> first = lines(manifest, manifest.files().get(0));
        List<String> second = lines(manifest, manifest.files().get(1));
        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).split("\t")[0]).as("line " + (i + 1)).isEqualTo(second.get(i).split("\t")[0]);
        }
        // the clitic ب is its own token in both files, because the first annotator's درعا splits بدرعا
        assertThat(first).contains("ب\tO", "درعا\tS-LOCATION");
        assertThat(second).contains("ب\tB-LOCATION", "درعا\tE-LOCATION");
        assertThat(manifest.scheme()).isEqualTo("BIOES");
        assertThat(manifest.counts().get(fx.first.login())).containsEntry("droppedNested", 1).containsEntry("written", 3);
        assertThat(manifest.counts().get(fx.second.login())).containsEntry("droppedNested", 0).containsEntry("written", 2);
        assertHashesMatch(manifest);
    }

    @Test
    void conll2012HasOneDocumentBlockPerDocument() throws IOException {
        ExportManifest manifest = exports.export(fx.lead, fx.project.id(),
                new ExportRequest(CorpusFormats.CONLL_2012, null, ExportSources.ANNOTATOR, fx.first.login(), null));

        assertThat(manifest.sources()).containsExactly(fx.first.login());
        List<String> lines = lines(manifest, manifest.files().get(0));
        assertThat(lines.stream().filter(l -> l.startsWith("#begin document"))).hasSize(3);
        assertThat(manifest.counts().get(fx.first.login())).containsEntry("written", 4);
        assertHashesMatch(manifest);
    }

    @Test
    void theSplitIsByDocumentAndRepeatable() {
        ExportRequest request = new ExportRequest(CorpusFormats.CONLL_NER, null, ExportSources.ALL_ANNOTATORS, null,
                new ExportSplit(1, 1, 1, 42));
        ExportManifest once = exports.export(fx.lead, fx.project.id(), request);
        ExportManifest again = exports.export(fx.lead, fx.project.id(), request);

        assertThat(once.exportId()).isNotEqualTo(again.exportId());
        assertThat(once.split().documents()).isEqualTo(again.split().documents());
        assertThat(once.split().documents().values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        assertThat(once.files()).hasSize(6).extracting(FileEntry::name).contains(fx.first.login() + ".train.conll");
        assertThat(once.files()).allSatisfy(f -> assertThat(f.documents()).isEqualTo(1));
        assertThat(exports.list(fx.viewer, fx.project.id())).extracting(ExportManifest::exportId)
                .startsWith(again.exportId(), once.exportId());
    }

    @Test
    void onlyLeadsAdminsAndViewersExport() {
        ExportRequest request = new ExportRequest(null, null, null, null, null);
        assertThatThrownBy(() -> exports.export(fx.first, fx.project.id(), request)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.export(fx.outsider, fx.project.id(), request)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.list(fx.first, fx.project.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(exports.export(fx.viewer, fx.project.id(), request).files()).hasSize(2);
        assertThat(exports.exportableProjects(fx.first)).extracting(p -> p.id()).doesNotContain(fx.project.id());
        assertThat(exports.exportableProjects(fx.viewer)).extracting(p -> p.id()).contains(fx.project.id());
    }

    @Test
    void goldUnknownAnnotatorsAndUnlistedFilesAreClearErrors() {
        assertThatThrownBy(() -> exports.export(fx.lead, fx.project.id(), new ExportRequest(null, null, ExportSources.GOLD, null, null)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("export.error.gold"));
        assertThatThrownBy(() -> exports.export(fx.lead, fx.project.id(), new ExportRequest(null, null, ExportSources.ANNOTATOR, fx.viewer.login(), null)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("export.error.no-such-annotator"));
        ExportManifest manifest = exports.export(fx.lead, fx.project.id(), new ExportRequest(null, null, null, null, null));
        assertThatThrownBy(() -> exports.file(fx.lead, fx.project.id(), manifest.exportId(), "../../1/x/manifest.json"))
                .isInstanceOf(UserError.class);
        assertThat(exports.file(fx.lead, fx.project.id(), manifest.exportId(), "manifest.json")).exists();
    }

    private List<String> lines(ExportManifest manifest, FileEntry file) throws IOException {
        return Files.readAllLines(exports.file(fx.lead, fx.project.id(), manifest.exportId(), file.name()), StandardCharsets.UTF_8);
    }

    private void assertHashesMatch(ExportManifest manifest) throws IOException {
        for (FileEntry file : manifest.files()) {
            Path path = exports.file(fx.lead, fx.project.id(), manifest.exportId(), file.name());
            assertThat(ExportStore.sha256(path)).as(file.name()).isEqualTo(file.sha256());
            assertThat(Files.size(path)).isEqualTo(file.bytes());
        }
        assertThat(exports.manifest(fx.viewer, fx.project.id(), manifest.exportId())).isEqualTo(manifest);
    }

    private static String codePoints(String text, int start, int end) {
        int[] cps = text.codePoints().skip(start).limit(end - start).toArray();
        return new String(cps, 0, cps.length);
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
