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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.corpus.DocumentService;
import org.tawsim.suggestion.model.SyntheticCorpus;
import org.tawsim.suggestion.model.TrainingDocument;
import org.tawsim.suggestion.Proposal;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.RecommenderSettings;
import org.tawsim.suggestion.training.ModelTraining;
import org.tawsim.support.CuratedDocuments;
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
    ModelTraining training;
    @Autowired
    ObjectMapper json;
    @Autowired
    RecommenderService recommenders;
    @Autowired
    CuratedDocuments curated;

    @Test
    void leadsTrainOnCuratedGoldAndReadTheHeldOutFiguresOthersAreRefused() throws Exception {
        Teams.Team team = teams.create("OpenNLP", "annotator");
        List<TrainingDocument> corpus = SyntheticCorpus.documents(10, 5, 23);
        for (int i = 0; i < corpus.size(); i++) {
            curated.curate(team, "doc-" + i + ".txt", corpus.get(i));
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

        List<Proposal> proposed = training.suggest(team.project().id(), corpus.get(4).text());
        assertThat(proposed).isNotEmpty().allSatisfy(p -> assertThat(p.score()).isBetween(0.0, 1.0));

        // an annotator's suggestions in a document they work on: the model's only while the lead switched it on
        // (the string matcher is off here, so that it does not name the same places first)
        long open = documents.importTextFile(team.lead(), team.project().id(), "open.txt",
                corpus.get(4).text().getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), team.project().id(), 1, List.of(open));
        recommenders.update(team.lead(), team.project().id(), RecommenderSettings.only(RecommenderSettings.STRING_MATCHER, false));
        String suggestions = "/api/v1/documents/" + open + "/suggestions";
        assertThat(json.readTree(api.send("GET", suggestions, annotator, null).body())).as("off by default").isEmpty();
        recommenders.update(team.lead(), team.project().id(), RecommenderSettings.only(RecommenderSettings.OPENNLP, true));
        HttpResponse<String> listed = api.send("GET", suggestions, annotator, null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode fromModel = json.readTree(listed.body());
        assertThat(fromModel).isNotEmpty().allSatisfy(s -> {
            assertThat(s.path("recommender").asText()).isEqualTo("opennlp");
            int start = s.path("start").asInt();
            int end = s.path("end").asInt();
            assertThat(s.path("id").asText()).isEqualTo("opennlp:" + start + ":" + end + ":" + s.path("label").asText());
            assertThat(proposed).contains(new Proposal(start, end, s.path("label").asText(), s.path("score").asDouble()));
        });
        recommenders.update(team.lead(), team.project().id(), RecommenderSettings.only(RecommenderSettings.OPENNLP, false));
        assertThat(json.readTree(api.send("GET", suggestions, annotator, null).body())).as("switched off again").isEmpty();

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
        curated.curate(team, "only.txt", SyntheticCorpus.documents(1, 3, 5).get(0));
        ApiClient api = new ApiClient(port);
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        String path = "/api/v1/projects/" + team.project().id() + "/recommenders/opennlp";

        JsonNode before = json.readTree(api.send("GET", path, lead, null).body());
        assertThat(before.path("state").asText()).as("one curated document does not start a training").isEqualTo("idle");
        assertThat(before.path("overall").isNull()).isTrue();

        assertThat(api.send("POST", path + "/train", lead, null).statusCode()).isEqualTo(202);
        JsonNode status = awaitTraining(api, path, lead);
        assertThat(status.path("state").asText()).isEqualTo("failed");
        assertThat(status.path("messageKey").asText()).isEqualTo("opennlp.message.too-few-documents");
        assertThat(status.path("message").asText()).startsWith("Not enough data: 1 curated documents");
        JsonNode arabic = json.readTree(api.send("GET", path, lead, "", "ar").body());
        assertThat(arabic.path("messageKey").asText()).isEqualTo("opennlp.message.too-few-documents");
        assertThat(arabic.path("message").asText()).as("stored as a key, read in the reader's language")
                .startsWith("البيانات غير كافية").containsAnyOf("2", "٢");
        assertThat(status.path("trainedAt").isNull()).isTrue();
        assertThat(status.path("labels")).isEmpty();
        assertThat(status.path("overall").isNull()).as("no figures without data, not zeros").isTrue();
        assertThat(training.suggest(team.project().id(), "اندلعت اشتباكات عنيفة بدرعا.")).isEmpty();
    }

    @Test
    void leadsAllowLearningFromAgreedDocumentsOthersAreRefused() throws Exception {
        Teams.Team team = teams.create("OpenNLP agreement option", "annotator");
        ApiClient api = new ApiClient(port);
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        String path = "/api/v1/projects/" + team.project().id() + "/recommenders/opennlp";
        assertThat(json.readTree(api.send("GET", path, lead, null).body()).path("trainOnAgreement").asBoolean()).isFalse();

        HttpResponse<String> on = api.send("PUT", path, lead, "{\"trainOnAgreement\":true}");
        assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
        assertThat(json.readTree(on.body()).path("trainOnAgreement").asBoolean()).isTrue();
        assertThat(json.readTree(on.body()).path("agreedDocuments").asInt()).isZero();

        HttpResponse<String> empty = api.send("PUT", path, lead, "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("trainOnAgreement");
        String annotator = ApiClient.basic(team.annotator(0).login(), Teams.PASSWORD);
        HttpResponse<String> refused = api.send("PUT", path, annotator, "{\"trainOnAgreement\":false}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("access.denied");
        assertThat(json.readTree(api.send("GET", path, lead, null).body()).path("trainOnAgreement").asBoolean())
                .as("nothing changed by the refused calls").isTrue();
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
}
