package org.tawsim.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.support.AtOnce;
import org.tawsim.support.AtOnce.Result;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.RetryingWriter;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;

/** One annotator working on one document in two tabs at the same time, with real threads on the real database. */
class TwoTabsTest extends DatabaseTest {

    private static final String TEXT = "قال الوزير في درعا إن الوفد زار مدينة جاسم واجتمع مع اللجنة المركزية في المدينة نفسها يوم الخميس";

    @Autowired
    Scenarios scenarios;
    @Autowired
    AnnotationService annotations;

    UserAccount annotator;
    long document;

    @BeforeEach
    void assignedDocument() {
        Scenario s = scenarios.project("Two tabs").annotators("amal").document("jasim.txt", TEXT).assign("amal");
        annotator = s.user("amal");
        document = s.documentId();
    }

    @Test
    void twoTabsSavingOnTheSameRevisionApplyOneAndRefuseTheOther() {
        List<Result<OperationResult>> results = AtOnce.run(
                () -> annotations.apply(annotator, document, 0, UUID.randomUUID(), new CreateSpan(4, 10, "PERSON")),
                () -> annotations.apply(annotator, document, 0, UUID.randomUUID(), new CreateSpan(14, 18, "LOCATION")));

        assertThat(results).filteredOn(Result::succeeded).hasSize(1);
        assertThat(results).filteredOn(r -> !r.succeeded()).singleElement().satisfies(r -> assertThat(r.error())
                .isInstanceOfSatisfying(RevisionConflict.class, e -> assertThat(e.currentRevision()).isEqualTo(1)));
        assertThat(annotations.layer(annotator, document).spans()).hasSize(1);
    }

    @Test
    void manyEditsFromTwoTabsEndWithExactlyTheExpectedLayer() {
        List<Result<Integer>> results = AtOnce.run(() -> createWithRetries("PERSON"), () -> createWithRetries("LOCATION"));

        assertThat(results).allSatisfy(r -> assertThat(r.error()).isNull());
        List<String> expected = new ArrayList<>();
        IntStream.range(10, 60).forEach(i -> {
            expected.add(i + " PERSON");
            expected.add(i + " LOCATION");
        });
        Layer layer = annotations.layer(annotator, document);
        assertThat(layer.spans()).extracting(s -> s.start() + " " + s.label()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(layer.revision()).isEqualTo(100);
    }

    private int createWithRetries(String label) {
        return RetryingWriter.fiftySpans(annotations.layer(annotator, document).revision(), label,
                (revision, opId, operation) -> annotations.apply(annotator, document, revision, opId, operation).revision());
    }
}
