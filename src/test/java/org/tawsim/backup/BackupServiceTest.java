package org.tawsim.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.annotation.Operation.MoveMentions;
import org.tawsim.annotation.Operation.UpdateSpan;
import org.tawsim.backup.ProjectBackup.DocumentEntry;
import org.tawsim.backup.ProjectBackup.LayerEntry;
import org.tawsim.backup.ProjectBackup.SpanEntry;
import org.tawsim.base.UserError;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.ProjectService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

class BackupServiceTest extends DatabaseTest {

    static final String TEXT = "اشتباكات في مدينة جاسم بدرعا";

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;
    @Autowired
    BackupService backups;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProjectService projects;

    @Test
    void aRestoredBackupIsTheSameProject() throws Exception {
        Teams.Team team = teams.create("Backup", "ann", "other");
        long first = documents.importTextFile(team.lead(), team.project().id(), "jasim.txt",
                TEXT.getBytes(StandardCharsets.UTF_8), null).id();
        documents.importTextFile(team.lead(), team.project().id(), "second.txt",
                "وصل الوفد إلى دمشق".getBytes(StandardCharsets.UTF_8), null);
        assignments.assignBalanced(team.lead(), team.project().id(), 2, List.of());
        UserAccount ann = team.annotator(0);
        long jasim = apply(ann, first, 0, new CreateSpan(18, 22, "LOCATION")).spanId();
        long daraa = apply(ann, first, 1, new CreateSpan(24, 28, "LOCATION")).spanId();
        apply(ann, first, 2, new UpdateSpan(daraa, 23, 28, "LOCATION"));
        apply(ann, first, 3, new MoveMentions(List.of(new MoveMentions.Move(jasim, MoveMentions.NEW_CHAIN),
                new MoveMentions.Move(daraa, MoveMentions.NEW_CHAIN))));
        apply(team.annotator(1), first, 0, new CreateSpan(12, 17, "LOCATION"));
        assignments.markDone(ann, first);
        projects.setAnnotatorsSeeEachOther(team.lead(), team.project().id(), true);

        // A gold layer cannot be made through the editor yet: add one to the backup, restore, back up again.
        ProjectBackup original = withGold(backups.backup(team.lead(), team.project().id()));
        long restoredId = backups.restore(team.lead(), roundTrip(original), "Restored " + team.project().name());
        ProjectBackup restored = backups.backup(team.lead(), restoredId);

        assertThat(json.writeValueAsString(restored))
                .isEqualTo(json.writeValueAsString(original).replace("\"name\":\"" + team.project().name() + "\"",
                        "\"name\":\"Restored " + team.project().name() + "\""));
        DocumentEntry jasimDocument = restored.documents().get(0);
        assertThat(jasimDocument.layers()).extracting(LayerEntry::annotator)
                .containsExactly(null, ann.login(), team.annotator(1).login());
        assertThat(jasimDocument.layers().get(1).chains()).containsExactly(List.of(0, 1));
        assertThat(jasimDocument.layers().get(1).revision()).isEqualTo(4);
        assertThat(restored.annotatorsSeeEachOther()).isTrue();
        assertThat(projects.annotatorsSeeEachOther(team.lead(), restoredId)).isTrue();
        assertThat(jasimDocument.assignments()).extracting(a -> a.annotator() + ":" + a.status())
                .containsExactlyInAnyOrder(ann.login() + ":done", team.annotator(1).login() + ":in_progress");
    }

    @Test
    void aBackupWrittenBeforeTheSharingSettingRestoresBlind() throws Exception {
        Teams.Team team = teams.create("Backup old", "ann");
        projects.setAnnotatorsSeeEachOther(team.lead(), team.project().id(), true);
        String written = json.writeValueAsString(backups.backup(team.lead(), team.project().id()));
        assertThat(written).contains("\"annotatorsSeeEachOther\":true");
        ProjectBackup old = json.readValue(written.replace("\"annotatorsSeeEachOther\":true,", ""), ProjectBackup.class);
        long restoredId = backups.restore(team.lead(), old, "Old " + team.project().name());
        assertThat(projects.annotatorsSeeEachOther(team.lead(), restoredId)).isFalse();
    }

    @Test
    void onlyLeadsBackUpAndTheNameMustBeFree() {
        Teams.Team team = teams.create("Backup rights", "ann");
        assertThatThrownBy(() -> backups.backup(team.annotator(0), team.project().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.backup(teams.outsider(), team.project().id())).isInstanceOf(AccessDeniedException.class);
        ProjectBackup backup = backups.backup(team.lead(), team.project().id());
        assertThatThrownBy(() -> backups.restore(team.annotator(0), backup, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.restore(team.lead(), backup, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("project.error.taken"));
    }

    private ProjectBackup roundTrip(ProjectBackup backup) throws Exception {
        return json.readValue(json.writeValueAsBytes(backup), ProjectBackup.class);
    }

    private static ProjectBackup withGold(ProjectBackup backup) {
        List<DocumentEntry> documents = new ArrayList<>(backup.documents());
        DocumentEntry d = documents.get(0);
        SpanEntry annotatorSpan = d.layers().get(0).spans().get(0);
        List<LayerEntry> layers = new ArrayList<>();
        layers.add(new LayerEntry(null, 1, List.of(new SpanEntry(18, 22, "LOCATION", backup.members().get(0).login(),
                annotatorSpan.createdAt(), backup.members().get(0).login(), annotatorSpan.updatedAt())), List.of()));
        layers.addAll(d.layers());
        documents.set(0, new DocumentEntry(d.externalId(), d.title(), d.text(), d.sha256(), d.sourceFile(), d.language(),
                d.direction(), d.assignments(), layers));
        return new ProjectBackup(backup.format(), backup.version(), backup.name(), backup.description(),
                backup.annotatorsSeeEachOther(), backup.labels(),
                backup.users(), backup.members(), documents);
    }

    private org.tawsim.annotation.OperationResult apply(UserAccount annotator, long documentId, long base, Operation operation) {
        return annotations.apply(annotator, documentId, base, UUID.randomUUID(), operation);
    }
}
