package org.tawsim.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tawsim.db.Tables.EVENT_LOG;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.DocumentDone;
import org.tawsim.annotation.Operation;
import org.tawsim.annotation.OperationResult;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

/** Suggestions on the real database: what they learn from, what they leave out, accept, reject, switches. */
class SuggestionServiceTest extends DatabaseTest {

    static final String FIRST = SuggestionServiceTestTexts.FIRST;
    static final String SECOND = SuggestionServiceTestTexts.SECOND;

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    RecommenderService recommenders;
    @Autowired
    DSLContext dsl;
    @Autowired
    LearntDictionaries dictionaries;

    Teams.Team team;
    UserAccount first;
    UserAccount second;
    long firstDocument;
    long secondDocument;

    @BeforeEach
    void twoDocumentsForTwoAnnotators() {
        team = teams.create("Suggestions", "first", "second");
        first = team.annotator(0);
        second = team.annotator(1);
        firstDocument = importText("first.txt", FIRST);
        secondDocument = importText("second.txt", SECOND);
        assignments.assignBalanced(team.lead(), team.project().id(), 2, List.of(firstDocument, secondDocument));
    }

    @Test
    void aFormMarkedInOneDocumentIsSuggestedAfterCliticsInAnotherOnTheStemOnly() {
        mark(first, firstDocument, FIRST.indexOf("درعا"), 4, "LOCATION");

        assertThat(places(suggestions.suggestionsFor(first, secondDocument))).containsExactly(
                "15:19:LOCATION", // ب|درعا
                "24:28:LOCATION"); // و|درعا; والدرعاوي is another word
        assertThat(suggestions.suggestionsFor(first, secondDocument)).allSatisfy(s -> {
            assertThat(s.recommender()).isEqualTo("string");
            assertThat(s.id()).isEqualTo("string:" + s.start() + ":" + s.end() + ":" + s.label());
            assertThat(SECOND.substring(s.start(), s.end())).isEqualTo("درعا");
        });
    }

    @Test
    void aSpanJustMadeInTheOpenDocumentIsSuggestedElsewhereInItAtOnce() {
        assertThat(suggestions.suggestionsFor(first, secondDocument)).isEmpty();
        mark(first, secondDocument, SECOND.indexOf("الجيش"), 5, "ORG");

        assertThat(places(suggestions.suggestionsFor(first, secondDocument)))
                .as("the second الجيش, not the one just marked").containsExactly(SECOND.lastIndexOf("الجيش") + ":" + (SECOND.lastIndexOf("الجيش") + 5) + ":ORG");
        mark(first, secondDocument, SECOND.indexOf("درعا"), 4, "LOCATION");
        assertThat(places(suggestions.suggestionsFor(first, secondDocument))).contains("24:28:LOCATION");
    }

    @Test
    void theLearntFormsAreReadAgainOnlyAfterTheGoldOrTheAnnotatorsOwnLayersChanged() {
        long spanId = annotations.apply(first, firstDocument, 0, UUID.randomUUID(),
                new Operation.CreateSpan(FIRST.indexOf("درعا"), FIRST.indexOf("درعا") + 4, "LOCATION")).spanId();
        assertThat(places(suggestions.suggestionsFor(first, secondDocument))).containsExactly("15:19:LOCATION", "24:28:LOCATION");
        long reads = dictionaries.formReads();

        assertThat(places(suggestions.suggestionsFor(first, secondDocument))).containsExactly("15:19:LOCATION", "24:28:LOCATION");
        assertThat(places(suggestions.suggestionsFor(first, firstDocument))).isEmpty();
        mark(second, firstDocument, FIRST.indexOf("الوزير"), 6, "PERSON"); // not a layer the first learns from
        assertThat(places(suggestions.suggestionsFor(first, secondDocument))).containsExactly("15:19:LOCATION", "24:28:LOCATION");
        assertThat(dictionaries.formReads()).as("nothing the first learns from changed: no read").isEqualTo(reads);

        annotations.applyToGold(team.lead(), firstDocument, new Operation.CreateSpan(FIRST.indexOf("درعا"), FIRST.indexOf("درعا") + 4, "ORG"));
        assertThat(places(suggestions.suggestionsFor(first, secondDocument)))
                .containsExactlyInAnyOrder("15:19:LOCATION", "15:19:ORG", "24:28:LOCATION", "24:28:ORG");
        assertThat(dictionaries.formReads()).as("the gold changed").isEqualTo(reads + 1);

        long revision = annotations.layer(first, firstDocument).revision();
        annotations.apply(first, firstDocument, revision, UUID.randomUUID(), new Operation.DeleteSpan(spanId));
        assertThat(places(suggestions.suggestionsFor(first, secondDocument))).containsExactly("15:19:ORG", "24:28:ORG");
        assertThat(dictionaries.formReads()).as("the annotator's own layer changed").isEqualTo(reads + 2);
    }

    @Test
    void aFormAfterACharacterOutsideTheBmpIsLearntByCodePoints() {
        String text = "\uD83D\uDE00 درعا ثم بدرعا"; // an emoji: two UTF-16 units, one code point
        long document = importText("emoji.txt", text);
        assignments.assignBalanced(team.lead(), team.project().id(), 2, List.of(document));
        mark(first, document, 2, 4, "LOCATION"); // code points [2, 6): درعا

        assertThat(places(suggestions.suggestionsFor(first, document))).containsExactly("11:15:LOCATION"); // ب|درعا
    }

    @Test
    void anotherAnnotatorsSpansNeverReachTheSuggestionsButGoldDoes() {
        mark(second, firstDocument, FIRST.indexOf("درعا"), 4, "LOCATION");
        mark(second, firstDocument, FIRST.indexOf("الوزير"), 6, "PERSON");
        assertThat(suggestions.suggestionsFor(first, secondDocument)).isEmpty();
        assertThat(suggestions.suggestionsFor(first, firstDocument)).isEmpty();
        assertThat(suggestions.suggestionsFor(second, secondDocument)).isNotEmpty();

        annotations.applyToGold(team.lead(), firstDocument, new Operation.CreateSpan(FIRST.indexOf("درعا"), FIRST.indexOf("درعا") + 4, "ORG"));
        assertThat(places(suggestions.suggestionsFor(first, secondDocument))).containsExactly("15:19:ORG", "24:28:ORG");
        assertThat(places(suggestions.suggestionsFor(first, firstDocument))).containsExactly("11:15:ORG");
    }

    @Test
    void acceptingIsOneSpanOperationThatUndoesLikeAnyOther() {
        mark(first, firstDocument, FIRST.indexOf("درعا"), 4, "LOCATION");
        long revision = annotations.layer(first, secondDocument).revision();
        int created = createdSpans();

        OperationResult result = suggestions.accept(first, secondDocument, "string:15:19:LOCATION");

        assertThat(result.revision()).isEqualTo(revision + 1);
        assertThat(annotations.layer(first, secondDocument).spans()).singleElement()
                .satisfies(s -> assertThat(List.<Object>of(s.id(), s.start(), s.end(), s.label())).containsExactly(result.spanId(), 15, 19, "LOCATION"));
        assertThat(createdSpans()).as("one span.created in the event log").isEqualTo(created + 1);
        assertThat(places(suggestions.suggestionsFor(first, secondDocument))).containsExactly("24:28:LOCATION");
        assertThatThrownBy(() -> suggestions.accept(first, secondDocument, "string:15:19:LOCATION")).isInstanceOf(SuggestionNotFound.class);

        // undo, as the editor does: the inverse operation
        annotations.apply(first, secondDocument, result.revision(), UUID.randomUUID(), new Operation.DeleteSpan(result.spanId()));
        assertThat(annotations.layer(first, secondDocument).spans()).isEmpty();
        assertThat(places(suggestions.suggestionsFor(first, secondDocument))).containsExactly("15:19:LOCATION", "24:28:LOCATION");
    }

    @Test
    void aRejectedSuggestionIsNeverOfferedAgainForThatPlace() {
        mark(first, firstDocument, FIRST.indexOf("درعا"), 4, "LOCATION");
        suggestions.reject(first, secondDocument, "string:15:19:LOCATION");

        assertThat(places(suggestions.suggestionsFor(first, secondDocument))).containsExactly("24:28:LOCATION");
        assertThatThrownBy(() -> suggestions.accept(first, secondDocument, "string:15:19:LOCATION")).isInstanceOf(SuggestionNotFound.class);
        assertThatThrownBy(() -> suggestions.reject(first, secondDocument, "string:1:3:LOCATION")).isInstanceOf(SuggestionNotFound.class);
        // the second annotator's rejections are theirs: the first's do not hide the place from them
        mark(second, firstDocument, FIRST.indexOf("درعا"), 4, "LOCATION");
        assertThat(places(suggestions.suggestionsFor(second, secondDocument))).contains("15:19:LOCATION");
    }

    @Test
    void aLeadSwitchesTheStringMatcherOffAndOn() {
        mark(first, firstDocument, FIRST.indexOf("درعا"), 4, "LOCATION");
        assertThat(recommenders.settings(first, team.project().id()).stringMatcher().enabled()).as("on by default").isTrue();
        assertThatThrownBy(() -> recommenders.update(first, team.project().id(), off())).isInstanceOf(AccessDeniedException.class);

        recommenders.update(team.lead(), team.project().id(), off());
        assertThat(suggestions.suggestionsFor(first, secondDocument)).isEmpty();
        assertThatThrownBy(() -> suggestions.accept(first, secondDocument, "string:15:19:LOCATION")).isInstanceOf(SuggestionNotFound.class);

        recommenders.update(team.lead(), team.project().id(), RecommenderSettings.defaults());
        assertThat(suggestions.suggestionsFor(first, secondDocument)).hasSize(2);
    }

    @Test
    void aDoneDocumentOffersNothingAndRefusesAcceptAndReject() {
        mark(first, firstDocument, FIRST.indexOf("درعا"), 4, "LOCATION");
        mark(first, secondDocument, 0, 3, "EVENT");
        assignments.markDone(first, secondDocument);

        assertThat(suggestions.suggestionsFor(first, secondDocument)).isEmpty();
        assertThatThrownBy(() -> suggestions.accept(first, secondDocument, "string:15:19:LOCATION")).isInstanceOf(DocumentDone.class);
        assertThatThrownBy(() -> suggestions.reject(first, secondDocument, "string:15:19:LOCATION")).isInstanceOf(DocumentDone.class);
        assertThat(annotations.layer(first, secondDocument).spans()).hasSize(1);
    }

    @Test
    void onlyAnAssignedAnnotatorGetsSuggestions() {
        Teams.Team elsewhere = teams.create("Suggestions elsewhere", "other");
        assertThatThrownBy(() -> suggestions.suggestionsFor(elsewhere.annotator(0), secondDocument)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> suggestions.suggestionsFor(team.lead(), secondDocument)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> suggestions.reject(elsewhere.annotator(0), secondDocument, "string:15:19:LOCATION"))
                .isInstanceOf(AccessDeniedException.class);
    }

    static RecommenderSettings off() {
        return RecommenderSettings.only(RecommenderSettings.STRING_MATCHER, false);
    }

    private void mark(UserAccount annotator, long documentId, int start, int length, String label) {
        annotations.apply(annotator, documentId, annotations.layer(annotator, documentId).revision(), UUID.randomUUID(),
                new Operation.CreateSpan(start, start + length, label));
    }

    private int createdSpans() {
        return dsl.fetchCount(EVENT_LOG, EVENT_LOG.DOCUMENT_ID.eq(secondDocument).and(EVENT_LOG.KIND.eq("span.created")));
    }

    private long importText(String name, String text) {
        return documents.importTextFile(team.lead(), team.project().id(), name, text.getBytes(StandardCharsets.UTF_8), null).id();
    }

    private static List<String> places(List<Suggestion> found) {
        return found.stream().map(s -> s.start() + ":" + s.end() + ":" + s.label()).toList();
    }
}
