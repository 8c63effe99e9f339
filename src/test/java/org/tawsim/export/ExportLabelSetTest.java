package org.tawsim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.format.CorpusFormats;
import org.tawsim.project.Label;
import org.tawsim.project.LabelSetService;
import org.tawsim.project.ProjectService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenarios;

/** An export's manifest carries the project's label set as it was when the export ran. */
class ExportLabelSetTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    ProjectService projects;
    @Autowired
    LabelSetService labelSets;
    @Autowired
    ExportService exports;
    @Autowired
    ObjectMapper json;

    @Test
    void theManifestHoldsTheLabelSetWithItsDisplayNamesAndGuidelines() throws IOException {
        ExportFixture fx = new ExportFixture(scenarios);
        Label location = projects.labels(fx.lead, fx.project.id()).stream().filter(l -> l.name().equals("LOCATION")).findFirst().orElseThrow();
        labelSets.save(fx.lead, fx.project.id(), "LOCATION", new Label("LOCATION", "#123456", location.hotkey(), location.position(),
                "Place", "مكان", "A named place, without the clitic in front (ب|درعا)."));

        ExportManifest manifest = exports.export(fx.lead, fx.project.id(),
                new ExportRequest(CorpusFormats.JSONL, null, ExportSources.ALL_ANNOTATORS, null, null, false));

        assertThat(manifest.labelSet()).isEqualTo(projects.labels(fx.lead, fx.project.id()));
        assertThat(manifest.labelSet()).filteredOn(l -> l.name().equals("LOCATION")).singleElement()
                .satisfies(l -> assertThat(l.colour()).isEqualTo("#123456"))
                .satisfies(l -> assertThat(l.displayAr()).isEqualTo("مكان"))
                .satisfies(l -> assertThat(l.guideline()).contains("ب|درعا"));
        JsonNode written = json.readTree(Files.readString(
                exports.file(fx.lead, fx.project.id(), manifest.exportId(), ExportStore.MANIFEST)));
        assertThat(written.path("labelSet").findValuesAsText("name")).containsExactly("PERSON", "ORG", "LOCATION", "EVENT");
        assertThat(exports.manifest(fx.lead, fx.project.id(), manifest.exportId()).labelSet()).isEqualTo(manifest.labelSet());
    }
}
