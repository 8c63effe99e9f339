package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.db.Tables.API_TOKEN;
import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.LABEL;
import static org.tawsim.db.Tables.PROJECT;
import static org.tawsim.db.Tables.SPAN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tawsim.account.AccountService;
import org.tawsim.account.ApiTokenService;
import org.tawsim.account.TokenScope;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.support.RunningApp;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/** Read tokens read and change nothing; write tokens act with their owner's rights; the caller's tokens over HTTP. */
class TokenScopeTest extends RunningApp {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    AccountService accounts;
    @Autowired
    Scenarios scenarios;
    @Autowired
    AnnotationService annotations;
    @Autowired
    DSLContext dsl;
    @Autowired
    ObjectMapper json;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private ApiClient api;
    private Teams.Team team;
    private long documentId;
    private UserAccount annotator;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        Scenario s = scenarios.project("Token scopes").annotators("annotator")
                .document("jasim.txt", "اشتباكات في مدينة جاسم بدرعا.").assign("annotator");
        team = s.team();
        annotator = s.user("annotator");
        documentId = s.documentId();
    }

    @Test
    void aReadTokenReadsAndEveryWriteIsRefusedWithNothingChanged() {
        String read = ApiClient.bearer(tokens.create(team.lead(), "dashboard", TokenScope.READ).secret());
        String annotatorRead = ApiClient.bearer(tokens.create(annotator, "reader", TokenScope.READ).secret());
        String project = "/api/v1/projects/" + team.project().id();
        assertThat(api.send("GET", project + "/labels", read, null).statusCode()).isEqualTo(200);
        assertThat(api.send("GET", project + "/exports", read, null).statusCode()).isEqualTo(200);
        assertThat(api.send("GET", project + "/backup", read, null).statusCode()).isEqualTo(200);
        assertThat(api.send("HEAD", project + "/labels", read, null).statusCode()).isEqualTo(200);
        assertThat(api.send("GET", "/api/v1/documents/" + documentId + "/layer", annotatorRead, null).statusCode()).isEqualTo(200);
        long revision = annotations.layer(annotator, documentId).revision();
        int exportsBefore = api.send("GET", project + "/exports", read, null).body().length();

        List<HttpResponse<String>> refused = List.of(
                api.send("POST", project + "/exports", read, "{\"format\":\"JSONL\"}"),
                api.send("PUT", project + "/labels", read, "{\"labels\":[{\"name\":\"ONLY\",\"colour\":\"#f4a261\",\"hotkey\":\"1\"}],"
                        + "\"relabel\":{}}"),
                api.send("POST", "/api/v1/documents/" + documentId + "/operations", annotatorRead,
                        "{\"baseRevision\":" + revision + ",\"operation\":{\"type\":\"create_span\",\"start\":0,\"end\":2,\"label\":\"EVENT\"}}"),
                api.send("POST", "/api/v1/tokens", read, "{\"name\":\"escalate\",\"scope\":\"write\"}"),
                api.send("DELETE", "/api/v1/tokens/" + tokens.list(team.lead()).get(0).id(), read, null),
                api.send("PATCH", "/api/v1/users/" + annotator.login(), read, "{\"enabled\":false}"));

        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(response.body()).contains("\"error\":\"token.scope.read\"").contains("may only read");
        }
        assertThat(annotations.layer(annotator, documentId).revision()).isEqualTo(revision);
        assertThat(dsl.fetchCount(SPAN, SPAN.DOCUMENT_ID.eq(documentId))).isZero();
        assertThat(dsl.fetch(LABEL, LABEL.PROJECT_ID.eq(team.project().id())).getValues(LABEL.NAME)).doesNotContain("ONLY").hasSize(4);
        assertThat(api.send("GET", project + "/exports", read, null).body()).hasSize(exportsBefore);
        assertThat(tokens.list(team.lead())).hasSize(1).allMatch(t -> t.active());
        assertThat(accounts.findById(annotator.id()).orElseThrow().enabled()).isTrue();
        HttpResponse<String> arabic = api.send("POST", project + "/exports", read, "{}", "ar");
        assertThat(arabic.body()).contains("للقراءة فقط");
    }

    /** Whatever endpoint exists or is added later: every non-GET/HEAD mapping under /api/ refuses a read token. */
    @Test
    void everyWritingEndpointRefusesAReadTokenOfAnAdmin() {
        UserAccount admin = accounts.findByLogin("admin").orElseThrow();
        String read = ApiClient.bearer(tokens.create(admin, "admin reader", TokenScope.READ).secret());
        int[] before = counts();
        List<String> endpoints = new ArrayList<>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/")).forEach(pattern -> {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    (methods.isEmpty() ? Set.of(RequestMethod.POST) : methods).stream()
                            .filter(m -> m != RequestMethod.GET && m != RequestMethod.HEAD)
                            .forEach(m -> endpoints.add(m.name() + " " + pattern.replaceAll("\\{projectId}", Long.toString(team.project().id()))
                                    .replaceAll("\\{documentId}", Long.toString(documentId)).replaceAll("\\{[^}]+}", "1")));
                }));
        assertThat(endpoints).hasSizeGreaterThan(10);
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints) {
            String[] parts = endpoint.split(" ", 2);
            HttpResponse<String> response = api.send(parts[0], parts[1], read, "{}");
            if (response.statusCode() != 403 || !response.body().contains("token.scope.read")) {
                wrong.add(endpoint + ": HTTP " + response.statusCode() + " " + response.body());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(counts()).as("accounts, projects, tokens, spans, labels").containsExactly(before);
    }

    @Test
    void aWriteTokenWritesWithItsOwnersRights() {
        String write = ApiClient.bearer(tokens.create(team.lead(), "pipeline", TokenScope.WRITE).secret());
        String project = "/api/v1/projects/" + team.project().id();
        assertThat(api.send("POST", project + "/exports", write, "{\"format\":\"JSONL\",\"finishedOnly\":false}").statusCode()).isEqualTo(201);
        assertThat(api.send("GET", project + "/labels", write, null).statusCode()).isEqualTo(200);
        // still only the owner's rights: a lead is no admin
        assertThat(api.send("GET", "/api/v1/users", write, null).statusCode()).isEqualTo(403);
        String annotatorWrite = ApiClient.bearer(tokens.create(annotator, "writer", TokenScope.WRITE).secret());
        HttpResponse<String> applied = api.send("POST", "/api/v1/documents/" + documentId + "/operations", annotatorWrite,
                "{\"baseRevision\":" + annotations.layer(annotator, documentId).revision()
                        + ",\"operation\":{\"type\":\"create_span\",\"start\":0,\"end\":2,\"label\":\"EVENT\"}}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(tokens.create(team.lead(), "before scopes").token().scope()).as("tokens as they were: write").isEqualTo(TokenScope.WRITE);
    }

    @Test
    void theCallerCreatesListsAndRevokesTheirOwnTokens() throws Exception {
        String lead = ApiClient.basic(team.lead().login(), Teams.PASSWORD);
        HttpResponse<String> created = api.send("POST", "/api/v1/tokens", lead, "{\"name\":\"nightly pull\",\"scope\":\"READ\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("scope").asText()).isEqualTo("read");
        String secret = body.get("token").asText();
        long id = body.get("id").asLong();
        assertThat(secret).startsWith("tawsim_");
        assertThat(dsl.fetchValue(API_TOKEN.SCOPE, API_TOKEN.ID.eq(id))).isEqualTo("read");

        HttpResponse<String> listed = api.send("GET", "/api/v1/tokens", ApiClient.bearer(secret), null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"name\":\"nightly pull\"").contains("\"scope\":\"read\"").doesNotContain(secret)
                .doesNotContain("\"token\"");

        HttpResponse<String> badScope = api.send("POST", "/api/v1/tokens", lead, "{\"name\":\"x\",\"scope\":\"admin\"}");
        assertThat(badScope.statusCode()).isEqualTo(400);
        assertThat(badScope.body()).contains("token.error.scope");
        assertThat(api.send("POST", "/api/v1/tokens", lead, "{\"name\":\"\",\"scope\":\"read\"}").body()).contains("token.error.name");

        String someoneElses = tokens.create(annotator, "not yours").secret();
        long otherId = tokens.list(annotator).get(0).id();
        assertThat(api.send("DELETE", "/api/v1/tokens/" + otherId, lead, null).statusCode()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/v1/tokens/999999999", lead, null).statusCode()).isEqualTo(403);
        assertThat(api.send("GET", "/api/v1/tokens", ApiClient.bearer(someoneElses), null).statusCode()).isEqualTo(200);

        assertThat(api.send("DELETE", "/api/v1/tokens/" + id, lead, null).statusCode()).isEqualTo(204);
        assertThat(api.send("GET", "/api/v1/tokens", ApiClient.bearer(secret), null).statusCode()).isEqualTo(401);
        assertThat(api.send("DELETE", "/api/v1/tokens/" + id, lead, null).statusCode()).as("twice is fine").isEqualTo(204);
    }

    private int[] counts() {
        return new int[] {dsl.fetchCount(APP_USER), dsl.fetchCount(PROJECT), dsl.fetchCount(API_TOKEN, API_TOKEN.REVOKED_AT.isNull()),
                dsl.fetchCount(SPAN), dsl.fetchCount(LABEL)};
    }
}
