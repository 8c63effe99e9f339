package org.tawsim.suggestion.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.annotation.AgreedDocuments;
import org.tawsim.curation.CurationService;
import org.tawsim.suggestion.model.GoldSpan;
import org.tawsim.suggestion.model.SyntheticCorpus;
import org.tawsim.suggestion.model.TrainingDocument;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;

/**
 * The OpenNLP recommender learns from documents all their annotators agree on only when a lead allows it: agreed
 * means at least two annotators, all done, the same spans; a curated document's gold wins; annotators may not ask.
 */
class TrainingOnAgreementTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    AgreedDocuments agreedDocuments;
    @Autowired
    ModelTraining training;
    @Autowired
    CurationService curation;

    private final List<TrainingDocument> corpus = SyntheticCorpus.documents(2, 12, 7);

    @Test
    void onlyDocumentsEveryAnnotatorFinishedWithTheSameSpansAreAgreed() {
        Scenario s = scenarios.project("Agreement").annotators("a", "b")
                .document("same.txt", "وصل الوفد إلى درعا").document("differ.txt", "وصل الوفد إلى حمص")
                .document("open.txt", "وصل الوفد إلى حماة").assignBalanced(2)
                .on("same.txt").span("a", "درعا", "LOCATION").span("b", "درعا", "LOCATION").done("a", "b")
                .on("differ.txt").span("a", "حمص", "LOCATION").span("b", "حمص", "ORG").done("a", "b")
                .on("open.txt").span("a", "حماة", "LOCATION").span("b", "حماة", "LOCATION").done("a");

        assertThat(agreedDocuments.of(s.lead(), s.projectId())).containsOnlyKeys(s.documentId("same.txt"))
                .containsEntry(s.documentId("same.txt"), List.of(new AgreedDocuments.AgreedSpan(14, 18, "LOCATION")));
        assertThatThrownBy(() -> agreedDocuments.of(s.user("a"), s.projectId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> training.setTrainOnAgreement(s.user("a"), s.projectId(), true, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);

        ModelTrainingStatus off = training.status(s.lead(), s.projectId(), Locale.ENGLISH);
        assertThat(off.trainOnAgreement()).isFalse();
        assertThat(off.agreedDocuments()).as("not counted while not allowed").isZero();
        ModelTrainingStatus on = training.setTrainOnAgreement(s.lead(), s.projectId(), true, Locale.ENGLISH);
        assertThat(on.trainOnAgreement()).isTrue();
        assertThat(on.agreedDocuments()).isEqualTo(1);
        assertThat(on.untilNextTraining()).as("one agreed document counts like a curated one").isEqualTo(1);

        curation.start(s.lead(), s.documentId("same.txt"), org.tawsim.curation.merge.Rule.MAJORITY);
        curation.setCurated(s.lead(), s.documentId("same.txt"), true);
        ModelTrainingStatus curatedWins = training.status(s.lead(), s.projectId(), Locale.ENGLISH);
        assertThat(curatedWins.agreedDocuments()).as("a curated document is learnt from its gold").isZero();
        assertThat(curatedWins.curatedDocuments()).isEqualTo(1);
    }

    @Test
    void allowedTheModelTrainsOnAgreedDocumentsWithoutAnyCuratedOne() {
        Scenario s = scenarios.project("Agreement training").annotators("a", "b")
                .document("one.txt", corpus.get(0).text()).document("two.txt", corpus.get(1).text()).assignBalanced(2);
        for (int i = 0; i < 2; i++) {
            s.on(i == 0 ? "one.txt" : "two.txt");
            for (GoldSpan span : corpus.get(i).spans()) {
                s.span("a", span.start(), span.end(), span.label()).span("b", span.start(), span.end(), span.label());
            }
            s.done("a", "b");
        }
        training.train(s.lead(), s.projectId(), Locale.ENGLISH);
        ModelTrainingStatus notAllowed = await(s);
        assertThat(notAllowed.trainedAt()).as("not allowed: no curated document, nothing to learn from").isNull();
        assertThat(notAllowed.messageKey()).isEqualTo("opennlp.message.too-few-documents");

        training.setTrainOnAgreement(s.lead(), s.projectId(), true, Locale.ENGLISH);
        training.train(s.lead(), s.projectId(), Locale.ENGLISH);
        ModelTrainingStatus trained = await(s);
        assertThat(trained.trainedAt()).as(String.valueOf(trained.message())).isNotNull();
        assertThat(trained.documents()).isEqualTo(2);
        assertThat(trained.curatedDocuments()).isZero();
    }

    private ModelTrainingStatus await(Scenario s) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        ModelTrainingStatus status = training.status(s.lead(), s.projectId(), Locale.ENGLISH);
        while (status.training() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            status = training.status(s.lead(), s.projectId(), Locale.ENGLISH);
        }
        assertThat(status.training()).as("training finished within 3 minutes").isFalse();
        return status;
    }
}
