package org.tawsim.suggestion.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.suggestion.Proposal;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.RecommenderSettings;
import org.tawsim.suggestion.SuggestionRequest;
import org.tawsim.suggestion.model.SyntheticCorpus;
import org.tawsim.suggestion.model.TrainingDocument;
import org.tawsim.support.CuratedDocuments;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

/**
 * The trained recommender starts training by itself on the real database: when documents are curated through the
 * curation service or the switch is turned on, only while it is on and only when due; reading its state never does.
 */
class ModelTrainingTriggersTest extends DatabaseTest {

    @Autowired
    Teams teams;
    @Autowired
    CuratedDocuments curated;
    @Autowired
    RecommenderService recommenders;
    @Autowired
    ModelTraining training;
    @Autowired
    OpenNlpRecommender recommender;

    private final List<TrainingDocument> corpus = SyntheticCorpus.documents(8, 12, 41);

    @Test
    void curatingStartsTheFirstTrainingAtTwoDocumentsAndTheNextAfterFiveMore() {
        Teams.Team team = teams.create("OpenNLP triggers", "annotator");
        long projectId = team.project().id();
        recommenders.update(team.lead(), projectId, RecommenderSettings.only(RecommenderSettings.OPENNLP, true));

        curated.curate(team, "doc-0.txt", corpus.get(0));
        ModelTrainingStatus one = status(team);
        assertThat(one.startedAt()).as("one curated document is not enough").isNull();
        assertThat(one.untilNextTraining()).isEqualTo(1);

        curated.curate(team, "doc-1.txt", corpus.get(1));
        ModelTrainingStatus first = await(team, s -> !s.training() && s.trainedAt() != null);
        assertThat(first.state()).isEqualTo("idle");
        assertThat(first.documents()).isEqualTo(2);
        assertThat(first.untilNextTraining()).isEqualTo(ModelTraining.RETRAIN_AFTER);

        for (int i = 2; i < 6; i++) {
            curated.curate(team, "doc-" + i + ".txt", corpus.get(i));
        }
        ModelTrainingStatus four = status(team);
        assertThat(four.startedAt()).as("four new documents and reading the state start nothing").isEqualTo(first.startedAt());
        assertThat(status(team).startedAt()).isEqualTo(first.startedAt());
        assertThat(four.untilNextTraining()).isEqualTo(1);

        curated.curate(team, "doc-6.txt", corpus.get(6));
        OffsetDateTime before = first.trainedAt();
        ModelTrainingStatus second = await(team, s -> !s.training() && s.trainedAt().isAfter(before));
        assertThat(second.documents()).isEqualTo(7);
    }

    @Test
    void switchedOffNothingTrainsByItselfAndSwitchingOnStartsTheDueTraining() {
        Teams.Team team = teams.create("OpenNLP off", "annotator");
        long projectId = team.project().id();
        curated.curate(team, "doc-0.txt", corpus.get(0));
        curated.curate(team, "doc-1.txt", corpus.get(1));
        curated.curate(team, "doc-2.txt", corpus.get(2));

        ModelTrainingStatus off = status(team);
        assertThat(off.startedAt()).as("off by default: curating starts nothing").isNull();
        assertThat(off.untilNextTraining()).as("due, waiting for the switch").isZero();
        assertThat(status(team).startedAt()).as("reading the state starts nothing").isNull();
        assertThat(recommender.propose(request(team, 1))).as("no model, no proposals").isEmpty();

        recommenders.update(team.lead(), projectId, RecommenderSettings.only(RecommenderSettings.OPENNLP, true));
        assertThat(status(team).startedAt()).as("switching on started it").isNotNull();
        ModelTrainingStatus trained = await(team, s -> !s.training() && s.trainedAt() != null);
        assertThat(trained.documents()).isEqualTo(3);

        List<Proposal> proposed = recommender.propose(request(team, 2));
        assertThat(proposed).isNotEmpty().allSatisfy(p -> assertThat(p.label()).isIn("PERSON", "LOCATION"));
        assertThat(recommender.propose(request(team, 2))).as("the editor's next refresh reads the cache").isSameAs(proposed);
    }

    private SuggestionRequest request(Teams.Team team, int document) {
        return new SuggestionRequest(team.annotator(0), team.project().id(), 1_000_000L + document,
                corpus.get(document).text(), List.of("PERSON", "LOCATION"));
    }

    private ModelTrainingStatus status(Teams.Team team) {
        return training.status(team.lead(), team.project().id(), Locale.ENGLISH);
    }

    private ModelTrainingStatus await(Teams.Team team, Predicate<ModelTrainingStatus> done) {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            ModelTrainingStatus status = status(team);
            if (status.startedAt() != null && done.test(status)) {
                return status;
            }
            assertThat(Instant.now()).as("training did not finish in time: " + status).isBefore(until);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
