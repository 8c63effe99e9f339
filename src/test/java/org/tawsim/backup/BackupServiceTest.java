package org.tawsim.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.Operation.UpdateSpan;
import org.tawsim.backup.ProjectBackup.DocumentEntry;
import org.tawsim.backup.ProjectBackup.LayerEntry;
import org.tawsim.backup.ProjectBackup.SpanEntry;
import org.tawsim.base.UserError;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.ProjectService;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.RecommenderSettings;
import org.tawsim.suggestion.Suggestion;
import org.tawsim.suggestion.SuggestionService;
import org.tawsim.suggestion.prediction.PredictionService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

class BackupServiceTest extends DatabaseTest {

    static final String TEXT = "اشتباكات في مدينة جاسم بدرعا";

    @Autowired
    Teams teams;
    @Autowired
    Scenarios scenarios;
    @Autowired
    DocumentService documents;
    @Autowired
    BackupService backups;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProjectService projects;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    RecommenderService recommenders;
    @Autowired
    PredictionService predictions;

    @Test
    void aRestoredBackupIsTheSameProject() throws Exception {
        Scenario s = scenarios.project("Backup").annotators("ann", "other")
                .document("jasim.txt", TEXT).document("second.txt", "وصل الوفد إلى دمشق").assignBalanced(2)
                .on("jasim.txt").span("ann", "جاسم", "LOCATION").span("ann", "درعا", "LOCATION");
        long daraa = s.lastSpan();
        s.apply("ann", new UpdateSpan(daraa, 23, 28, "LOCATION")); // بدرعا
        s.chain("ann", s.spanId("ann", "جاسم"), daraa).span("other", 12, 17, "LOCATION").done("ann");
        Teams.Team team = s.team();
        UserAccount ann = s.user("ann");
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
    void switchesRejectionsAndAcceptanceCountsSurviveARestore() throws Exception {
        Scenario s = scenarios.project("Backup suggestions").annotators("ann")
                .document("one.txt", "وصل الوفد إلى درعا ثم بدرعا ثم درعا").assignBalanced(1)
                .on("one.txt").span("ann", 14, 18, "LOCATION");
        Teams.Team team = s.team();
        UserAccount ann = s.user("ann");
        long documentId = s.documentId("one.txt");
        suggestions.reject(ann, documentId, "string:31:35:LOCATION");
        suggestions.accept(ann, documentId, "string:23:27:LOCATION");
        recommenders.update(team.lead(), team.project().id(), RecommenderSettings.only(RecommenderSettings.OPENNLP, true));
        predictions.importFile(team.lead(), team.project().id(), "model.jsonl", new java.io.ByteArrayInputStream(
                ("{\"document_id\":" + documentId + ",\"source\":\"predictions\",\"spans\":[{\"start\":4,\"end\":9,\"label\":\"ORG\",\"score\":0.5}]}\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        ProjectBackup original = backups.backup(team.lead(), team.project().id());
        assertThat(original.suggestions().switches()).containsEntry("opennlp", true);
        assertThat(original.suggestions().rejections()).singleElement()
                .satisfies(r -> assertThat(r.annotator() + ":" + r.start() + "-" + r.end()).isEqualTo(ann.login() + ":31-35"));
        assertThat(original.suggestions().outcomes()).extracting(o -> o.recommender() + ":" + o.accepted())
                .containsExactly("string:false", "string:true");
        assertThat(original.suggestions().predictions()).singleElement()
                .satisfies(p -> assertThat(p.start() + "-" + p.end() + ":" + p.label() + ":" + p.score()).isEqualTo("4-9:ORG:0.5"));
        long restoredId = backups.restore(team.lead(), roundTrip(original), "Restored suggestions");
        ProjectBackup restored = backups.backup(team.lead(), restoredId);

        assertThat(json.writeValueAsString(restored.suggestions())).isEqualTo(json.writeValueAsString(original.suggestions()));
        assertThat(recommenders.settings(team.lead(), restoredId).enabled(RecommenderSettings.OPENNLP)).isTrue();
        assertThat(recommenders.statistics(team.lead(), restoredId).get(0).overall())
                .isEqualTo(recommenders.statistics(team.lead(), team.project().id()).get(0).overall());
        long restoredDocument = documents.summaries(team.lead(), restoredId).get(0).id();
        assertThat(suggestions.suggestionsFor(ann, restoredDocument)).as("the rejected place stays rejected; the prediction is back")
                .extracting(Suggestion::id).containsExactly("predictions:4:9:ORG");
    }

    @Test
    void aBackupWrittenBeforeSuggestionsRestoresWithTheDefaults() throws Exception {
        Teams.Team team = teams.create("Backup before suggestions", "ann");
        recommenders.update(team.lead(), team.project().id(), RecommenderSettings.only(RecommenderSettings.STRING_MATCHER, false));
        String written = json.writeValueAsString(backups.backup(team.lead(), team.project().id()));
        ProjectBackup old = json.readValue(written.substring(0, written.indexOf(",\"suggestions\"")) + "}", ProjectBackup.class);
        long restoredId = backups.restore(team.lead(), old, "Old suggestions " + team.project().name());
        assertThat(recommenders.settings(team.lead(), restoredId)).isEqualTo(RecommenderSettings.defaults());
    }

    @Test
    void anUnknownRecommenderInABackupIsRefusedByName() throws Exception {
        Teams.Team team = teams.create("Backup bad recommender", "ann");
        String written = json.writeValueAsString(backups.backup(team.lead(), team.project().id()));
        ProjectBackup bad = json.readValue(written.replace("\"switches\":{}", "\"switches\":{\"bert\":true}"), ProjectBackup.class);
        assertThatThrownBy(() -> backups.restore(team.lead(), bad, "Bad recommender"))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("backup.error.value"));
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
                backup.users(), backup.members(), documents, backup.suggestions());
    }
}
