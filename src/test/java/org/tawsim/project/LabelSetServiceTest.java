package org.tawsim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.annotation.layer.Span;
import org.tawsim.audit.AuditService;
import org.tawsim.audit.HistoryEntry;
import org.tawsim.backup.BackupService;
import org.tawsim.backup.ProjectBackup;
import org.tawsim.base.UserError;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/** A lead edits a project's label set; the spans that use a label follow it or are kept from being orphaned. */
class LabelSetServiceTest extends DatabaseTest {

    // جاسم at [18,22), درعا (inside بدرعا) at [24,28)
    static final String TEXT = "اشتباكات في مدينة جاسم بدرعا";

    @Autowired
    Teams teams;
    @Autowired
    Scenarios scenarios;
    @Autowired
    LabelSetService labelSets;
    @Autowired
    ProjectService projects;
    @Autowired
    AnnotationService annotations;
    @Autowired
    AuditService audit;
    @Autowired
    BackupService backups;
    @Autowired
    ObjectMapper json;

    @Test
    void renamingALabelKeepsItsSpansAndTheHistorySaysSo() {
        Scenario s = scenario("Rename");
        long jasim = create(s, s.user("ann"), 0, 18, 22, "LOCATION");
        create(s, s.user("ann"), 1, 24, 28, "PERSON");
        long revision = annotations.layer(s.user("ann"), s.documentId()).revision();

        labelSets.save(s.lead(), s.projectId(), "LOCATION",
                new Label("place", "#8AB17D", "3", 0, "Place", "مكان", "Towns, regions, countries."));

        List<Span> spans = annotations.layer(s.user("ann"), s.documentId()).spans();
        assertThat(spans).extracting(Span::id, Span::label).contains(tuple(jasim, "PLACE"));
        assertThat(spans).extracting(Span::label).containsExactlyInAnyOrder("PLACE", "PERSON");
        assertThat(annotations.layer(s.user("ann"), s.documentId()).revision()).isGreaterThan(revision);
        Label place = projects.labels(s.lead(), s.projectId()).get(2);
        assertThat(place).isEqualTo(new Label("PLACE", "#8ab17d", "3", 2, "Place", "مكان", "Towns, regions, countries."));
        assertThat(projects.labels(s.lead(), s.projectId())).extracting(Label::name)
                .containsExactly("PERSON", "ORG", "PLACE", "EVENT");
        List<HistoryEntry> history = audit.history(s.lead(), s.documentId(), null);
        assertThat(history).filteredOn(e -> e.kind().equals("label.renamed"))
                .singleElement().satisfies(e -> assertThat(e.details()).contains("LOCATION", "PLACE"));
        // the annotator goes on with the new name; the old one is gone
        create(s, s.user("ann"), annotations.layer(s.user("ann"), s.documentId()).revision(), 12, 17, "PLACE");
        assertThatThrownBy(() -> create(s, s.user("ann"), annotations.layer(s.user("ann"), s.documentId()).revision(), 0, 8, "LOCATION"))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void removingALabelThatSpansUseIsRefusedWithTheirCount() {
        Scenario s = scenario("Remove used");
        create(s, s.user("ann"), 0, 18, 22, "EVENT");
        create(s, s.user("other"), 0, 24, 28, "EVENT");

        assertThat(labelSets.spansUsing(s.lead(), s.projectId(), "EVENT")).isEqualTo(2);
        assertThatThrownBy(() -> labelSets.remove(s.lead(), s.projectId(), "EVENT", null))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("label.error.in-use");
                    assertThat(e.args()).containsExactly("EVENT", 2);
                    assertThat(e.message(java.util.Locale.ENGLISH)).isEqualTo("EVENT is used by 2 spans: give them another label first.");
                });
        assertThat(projects.labels(s.lead(), s.projectId())).extracting(Label::name).contains("EVENT");
        assertThat(annotations.layer(s.user("ann"), s.documentId()).spans()).extracting(Span::label).containsExactly("EVENT");

        // an unused label just goes, and the rest close ranks
        labelSets.remove(s.lead(), s.projectId(), "ORG", null);
        assertThat(projects.labels(s.lead(), s.projectId())).extracting(Label::name, Label::position)
                .containsExactly(tuple("PERSON", 0), tuple("LOCATION", 1), tuple("EVENT", 2));
    }

    @Test
    void removingALabelCanRelabelItsSpansFirst() {
        Scenario s = scenario("Relabel");
        create(s, s.user("ann"), 0, 18, 22, "LOCATION");
        create(s, s.user("ann"), 1, 18, 22, "EVENT"); // the same text with both labels: after the move, one span
        create(s, s.user("ann"), 2, 24, 28, "EVENT");
        create(s, s.user("other"), 0, 12, 17, "EVENT");

        int moved = labelSets.remove(s.lead(), s.projectId(), "EVENT", "LOCATION");

        assertThat(moved).isEqualTo(3);
        assertThat(annotations.layer(s.user("ann"), s.documentId()).spans()).extracting(Span::start, Span::label)
                .containsExactly(tuple(18, "LOCATION"), tuple(24, "LOCATION"));
        assertThat(annotations.layer(s.user("other"), s.documentId()).spans()).extracting(Span::label).containsExactly("LOCATION");
        assertThat(projects.labels(s.lead(), s.projectId())).extracting(Label::name).containsExactly("PERSON", "ORG", "LOCATION");
        assertThat(audit.history(s.lead(), s.documentId(), null)).extracting(HistoryEntry::kind).contains("label.relabelled");
        assertThatThrownBy(() -> labelSets.remove(s.lead(), s.projectId(), "LOCATION", "LOCATION"))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("label.error.relabel-self"));
        assertThatThrownBy(() -> labelSets.remove(s.lead(), s.projectId(), "LOCATION", "NOPE"))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("label.error.missing"));
    }

    @Test
    void hotkeyClashesAndBadValuesAreRefusedAndNothingChanges() {
        Scenario s = scenario("Rules");
        List<Label> before = projects.labels(s.lead(), s.projectId());

        assertRefused(s, null, new Label("WEAPON", "#123456", "1", 0), "label.error.hotkey-taken");
        assertRefused(s, null, new Label("WEAPON", "#123456", "x", 0), "label.error.hotkey-reserved");
        assertRefused(s, null, new Label("WEAPON", "#123456", "?", 0), "label.error.hotkey");
        assertRefused(s, null, new Label("WEAPON", "red", "5", 0), "label.error.colour");
        assertRefused(s, null, new Label("سلاح", "#123456", "5", 0), "label.error.name");
        assertRefused(s, null, new Label("9MM", "#123456", "5", 0), "label.error.name");
        assertRefused(s, null, new Label("org", "#123456", "5", 0), "label.error.duplicate");
        assertRefused(s, "PERSON", new Label("ORG", "#123456", "1", 0), "label.error.duplicate");
        assertRefused(s, "GHOST", new Label("GHOST", "#123456", null, 0), "label.error.missing");
        assertThat(projects.labels(s.lead(), s.projectId())).isEqualTo(before);

        // a free key, a label in any case: stored tidy, at the end
        Label weapon = labelSets.save(s.lead(), s.projectId(), null, new Label(" weapon ", "#AABBCC", "W", 0));
        assertThat(weapon).isEqualTo(new Label("WEAPON", "#aabbcc", "w", 4));
        labelSets.move(s.lead(), s.projectId(), "WEAPON", -1);
        assertThat(projects.labels(s.lead(), s.projectId())).extracting(Label::name, Label::position)
                .containsExactly(tuple("PERSON", 0), tuple("ORG", 1), tuple("LOCATION", 2), tuple("WEAPON", 3), tuple("EVENT", 4));
        // keys may change hands within one label set edit: PERSON gives up 1, then ORG takes it
        labelSets.save(s.lead(), s.projectId(), "PERSON", new Label("PERSON", "#f4a261", "p", 0));
        labelSets.save(s.lead(), s.projectId(), "ORG", new Label("ORG", "#2a9d8f", "1", 0));
        assertThat(projects.labels(s.lead(), s.projectId())).extracting(Label::hotkey).containsExactly("p", "1", "3", "w", "4");
    }

    @Test
    void onlyLeadsOfTheProjectAndAdminsEditTheLabelSet() {
        Scenario s = scenario("Rights");
        Label extra = new Label("WEAPON", "#123456", "5", 0);
        for (UserAccount stranger : List.of(s.user("ann"), teams.outsider(), teams.create("Other project").lead())) {
            assertThatThrownBy(() -> labelSets.save(stranger, s.projectId(), null, extra)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> labelSets.save(stranger, s.projectId(), "ORG", extra)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> labelSets.move(stranger, s.projectId(), "ORG", 1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> labelSets.remove(stranger, s.projectId(), "ORG", null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> labelSets.spansUsing(stranger, s.projectId(), "ORG")).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(projects.labels(s.lead(), s.projectId())).isEqualTo(Label.DEFAULTS);
    }

    @Test
    void aBackupKeepsTheLabelSetAndAnOlderBackupRestoresWithoutTheNewFields() throws Exception {
        Scenario s = scenario("Label backup");
        create(s, s.user("ann"), 0, 18, 22, "LOCATION");
        labelSets.save(s.lead(), s.projectId(), "LOCATION",
                new Label("PLACE", "#8ab17d", "3", 0, "Place", "مكان", "Towns and regions."));
        labelSets.save(s.lead(), s.projectId(), null, new Label("WEAPON", "#264653", "w", 0, null, "سلاح", ""));
        labelSets.move(s.lead(), s.projectId(), "WEAPON", -1);
        List<Label> set = projects.labels(s.lead(), s.projectId());

        ProjectBackup backup = json.readValue(json.writeValueAsBytes(backups.backup(s.lead(), s.projectId())), ProjectBackup.class);
        long restored = backups.restore(s.lead(), backup, "Restored " + s.projectId() + " " + UUID.randomUUID());
        assertThat(projects.labels(s.lead(), restored)).isEqualTo(set);

        // a file written before label sets had display names and guidelines
        String old = json.writeValueAsString(backup)
                .replaceAll(",\"displayEn\":(null|\"[^\"]*\"),\"displayAr\":(null|\"[^\"]*\"),\"guideline\":\"[^\"]*\"", "");
        assertThat(old).doesNotContain("displayAr").contains("\"name\":\"PLACE\"");
        long fromOld = backups.restore(s.lead(), json.readValue(old, ProjectBackup.class), "Old " + UUID.randomUUID());
        assertThat(projects.labels(s.lead(), fromOld)).extracting(Label::name, Label::displayAr, Label::guideline)
                .containsExactly(tuple("PERSON", null, ""), tuple("ORG", null, ""), tuple("PLACE", null, ""),
                        tuple("WEAPON", null, ""), tuple("EVENT", null, ""));
    }

    private void assertRefused(Scenario s, String original, Label label, String key) {
        assertThatThrownBy(() -> labelSets.save(s.lead(), s.projectId(), original, label))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private Scenario scenario(String name) {
        return scenarios.project(name).annotators("ann", "other").document("jasim.txt", TEXT).assign("ann", "other");
    }

    private long create(Scenario s, UserAccount annotator, long base, int start, int end, String label) {
        return annotations.apply(annotator, s.documentId(), base, UUID.randomUUID(), new CreateSpan(start, end, label)).spanId();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
