package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/** A layer marked done refuses every write over HTTP with 409 document.done (JSON, translated) until it is reopened. */
class DoneDocumentApiTest extends DatabaseTest {

    @Autowired
    Scenarios scenarios;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnnotationService annotations;

    UserAccount annotator;
    long documentId;
    ApiClient api;

    @BeforeEach
    void assignedDocument() {
        Scenario s = scenarios.project("Done API").annotators("ann").document("d.txt", "زار الوزير درعا").assign("ann");
        annotator = s.user("ann");
        documentId = s.documentId();
        api = new ApiClient(port);
    }

    @Test
    void aDoneLayerRefusesOperationsUntilReopened() {
        assertThat(post(0, "en").statusCode()).isEqualTo(200);
        assignments.markDone(annotator, documentId);

        HttpResponse<String> refused = post(1, "en");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(refused.body()).contains("\"error\":\"document.done\"", "Reopen it to edit");
        assertThat(post(1, "ar").body()).contains("\"error\":\"document.done\"", "أعد فتحه لتعديله");
        assertThat(annotations.layer(annotator, documentId).revision()).isEqualTo(1);
        assertThat(annotations.layer(annotator, documentId).spans()).hasSize(1);

        assignments.reopen(annotator, documentId);
        assertThat(post(1, "en").statusCode()).isEqualTo(200);
        assertThat(annotations.layer(annotator, documentId).spans()).hasSize(2);
    }

    private HttpResponse<String> post(long baseRevision, String language) {
        int start = baseRevision == 0 ? 0 : 4;
        String operation = "{\"baseRevision\":" + baseRevision + ",\"opId\":\"" + UUID.randomUUID()
                + "\",\"operation\":{\"type\":\"create_span\",\"start\":" + start + ",\"end\":" + (start + 3)
                + ",\"label\":\"EVENT\"}}";
        return api.send("POST", "/api/v1/documents/" + documentId + "/operations",
                ApiClient.basic(annotator.login(), Teams.PASSWORD), operation, language);
    }
}
