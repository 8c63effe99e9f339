package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation;
import org.tawsim.corpus.DocumentService;
import org.tawsim.curation.CurationService;
import org.tawsim.curation.merge.Rule;
import org.tawsim.suggestion.model.GoldSpan;
import org.tawsim.suggestion.model.SyntheticCorpus;
import org.tawsim.suggestion.model.TrainingDocument;
import org.tawsim.suggestion.training.ModelTraining;
import org.tawsim.suggestion.training.Suggestion;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

/**
 * The OpenNLP recommender trained through the service on a project's curated gold (real PostgreSQL), its stored
 * evaluation read over the API, and who may read or start it.
 */
class OpenNlpRecommenderApiTest extends DatabaseTest {

    private static final String MISSING = "987654321";

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CurationService curation;
    @Autowired
    ModelTraining training;
    @Autowired
    ObjectMapper json;

    @Test
    void leadsTrainOnCuratedGoldAndReadTheHeldOutFiguresOthersAreRefused() throws Exception {
        Teams.Team team = teams.create("OpenNLP", "annotator");
        List<TrainingDocument> corpus = SyntheticCorpus.documents(10, 5, 23);
        for (int i = 0; i < corpus.size(); i++) {
            curate(team, "doc-" + i + ".txt", corpus.get(i));
        }
        ApiClient api = new ApiClient(port);
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        String annotator = ApiClient.basic(team.annotator(0).login(), Teams.PASSWORD);
        String path = "/api/v1/projects/" + team.project().id() + "/recommenders/opennlp";

        HttpResponse<String> refused = api.send("POST", path + "/train", annotator, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(api.send("GET", path, annotator, null).statusCode()).isEqualTo(403);

        HttpResponse<String> accepted = api.send("POST", path + "/train", lead, null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(json.readTree(accepted.body()).path("state").asText()).isEqualTo("training");

        JsonNode status = awaitTraining(api, path, lead);
        assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("idle");
        assertThat(status.path("trainedAt").isNull()).isFalse();
        assertThat(status.path("documents").asInt()).isEqualTo(10);
        assertThat(status.path("trainingDocuments").asInt()).isEqualTo(8);
        assertThat(status.path("heldOutDocuments").asInt()).isEqualTo(2);
        assertThat(status.path("curatedDocuments").asInt()).isEqualTo(10);
        // the 5th and 10th curated documents (by id: import order) are held out
        Map<String, Integer> heldOutGold = new TreeMap<>();
        for (TrainingDocument heldOut : List.of(corpus.get(4), corpus.get(9))) {
            heldOut.spans().forEach(s -> heldOutGold.merge(s.label(), 1, Integer::sum));
        }
        for (JsonNode label : status.path("labels")) {
            int gold = label.path("gold").asInt();
            int predicted = label.path("predicted").asInt();
            int correct = label.path("correct").asInt();
            assertThat(gold).as(label.toString()).isEqualTo(heldOutGold.getOrDefault(label.path("label").asText(), 0));
            assertFigure(label.path("precision"), predicted, correct);
            assertFigure(label.path("recall"), gold, correct);
        }
        assertThat(status.path("labels").findValuesAsText("label")).containsAll(heldOutGold.keySet());
        assertThat(status.path("overall").path("gold").asInt()).isEqualTo(heldOutGold.values().stream().mapToInt(Integer::intValue).sum());

        List<Suggestion> suggested = training.suggest(team.project().id(), corpus.get(4).text());
        assertThat(suggested).isNotEmpty().allSatisfy(s -> {
            assertThat(s.recommender()).isEqualTo("opennlp");
            assertThat(s.id()).isEqualTo("opennlp:" + s.start() + ":" + s.end() + ":" + s.label());
            assertThat(s.score()).isBetween(0.0, 1.0);
        });

        // another project's recommender answers exactly like one that does not exist
        Teams.Team other = teams.create("OpenNLP elsewhere", "annotator");
        String elsewhere = "/api/v1/projects/" + other.project().id() + "/recommenders/opennlp";
        for (String method : List.of("GET", "POST")) {
            String suffix = method.equals("POST") ? "/train" : "";
            HttpResponse<String> foreign = api.send(method, elsewhere + suffix, lead, null);
            HttpResponse<String> missing = api.send(method, "/api/v1/projects/" + MISSING + "/recommenders/opennlp" + suffix, lead, null);
            assertThat(foreign.statusCode()).isEqualTo(403).isEqualTo(missing.statusCode());
            assertThat(foreign.body().replace(other.project().id() + "", MISSING)).isEqualTo(missing.body());
        }
    }

    @Test
    void tooLittleGoldEndsInNotEnoughDataAndNoModel() throws Exception {
        Teams.Team team = teams.create("OpenNLP small", "annotator");
        curate(team, "only.txt", SyntheticCorpus.documents(1, 3, 5).get(0));
        ApiClient api = new ApiClient(port);
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        String path = "/api/v1/projects/" + team.project().id() + "/recommenders/opennlp";

        JsonNode before = json.readTree(api.send("GET", path, lead, null).body());
        assertThat(before.path("state").asText()).as("one curated document does not start a training").isEqualTo("idle");
        assertThat(before.path("overall").isNull()).isTrue();

        assertThat(api.send("POST", path + "/train", lead, null).statusCode()).isEqualTo(202);
        JsonNode status = awaitTraining(api, path, lead);
        assertThat(status.path("state").asText()).isEqualTo("failed");
        assertThat(status.path("message").asText()).startsWith("Not enough data");
        assertThat(status.path("trainedAt").isNull()).isTrue();
        assertThat(status.path("labels")).isEmpty();
        assertThat(status.path("overall").isNull()).as("no figures without data, not zeros").isTrue();
        assertThat(training.suggest(team.project().id(), "اندلعت اشتباكات عنيفة بدرعا.")).isEmpty();
    }

    private static void assertFigure(JsonNode figure, int of, int correct) {
        if (of == 0) {
            assertThat(figure.isNull()).as("n/a is null").isTrue();
        } else {
            assertThat(figure.asDouble()).isEqualTo((double) correct / of);
        }
    }

    private JsonNode awaitTraining(ApiClient api, String path, String lead) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            HttpResponse<String> response = api.send("GET", path, lead, null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode status = json.readTree(response.body());
            if (!status.path("state").asText().equals("training") || Instant.now().isAfter(until)) {
                return status;
            }
            Thread.sleep(300);
        }
    }

    /** Imports the text, lets the one annotator finish it, puts the spans into gold and marks it curated. */
    private void curate(Teams.Team team, String name, TrainingDocument document) {
        UserAccount lead = team.lead();
        long id = documents.importTextFile(lead, team.project().id(), name, document.text().getBytes(StandardCharsets.UTF_8), null).id();
        assertThat(documents.get(lead, id).text()).isEqualTo(document.text());
        assignments.assignBalanced(lead, team.project().id(), 1, List.of(id));
        assignments.markDone(team.annotator(0), id);
        curation.start(lead, id, Rule.MAJORITY);
        for (GoldSpan span : document.spans()) {
            long revision = curation.goldLayer(lead, id).revision();
            curation.applyToGold(lead, id, revision, UUID.randomUUID(), new Operation.CreateSpan(span.start(), span.end(), span.label()));
        }
        curation.setCurated(lead, id, true);
    }
}
