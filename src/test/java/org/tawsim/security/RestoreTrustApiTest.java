package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.PROJECT;
import static org.tawsim.db.Tables.SPAN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.account.AccountService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.backup.BackupService;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Scenarios;
import org.tawsim.support.Teams;

/**
 * A system lead restores hand-edited backups over HTTP: no account above the lead's own role is created, no span
 * is credited to an admin who never made it, a text that does not match its sha256 and an unknown role are
 * refused with messages that name them, upper-case values are read, and a write the database refuses answers a
 * message key, never the database's text. Nothing is stored when the restore is refused.
 */
class RestoreTrustApiTest extends DatabaseTest {

    private static final String TEXT = "اشتباكات في مدينة جاسم بدرعا";

    @Autowired
    Scenarios scenarios;
    @Autowired
    AccountService accounts;
    @Autowired
    BackupService backups;
    @Autowired
    ObjectMapper json;
    @Autowired
    DSLContext dsl;

    ApiClient api;
    Teams.Team team;
    String tag;

    @BeforeEach
    void aProjectWithOneAnnotatedDocument() {
        api = new ApiClient(port);
        tag = Long.toString(System.nanoTime(), 36);
        team = scenarios.project("Restore trust").annotators("ann").document("jasim.txt", TEXT).assign("ann")
                .span("ann", 18, 22, "LOCATION").team();
    }

    @Test
    void aLeadsRestoreCreatesNoAdminAndCreditsNoAdminWithAnnotations() throws IOException {
        UserAccount realAdmin = accounts.create("boss-" + tag, Teams.PASSWORD, "Boss", SystemRole.ADMIN);
        ObjectNode file = backup();
        users(file).addObject().put("login", "chief-" + tag).put("displayName", "Chief").put("systemRole", "admin");
        users(file).addObject().put("login", realAdmin.login()).put("displayName", "Boss").put("systemRole", "admin");
        members(file).addObject().put("login", "chief-" + tag).put("role", "lead");
        ObjectNode span = (ObjectNode) file.at("/documents/0/layers/0/spans/0");
        span.put("createdBy", realAdmin.login()).put("updatedBy", realAdmin.login());

        HttpResponse<String> answer = restore(file, "Restored " + tag);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode report = json.readTree(answer.body());
        assertThat(report.path("accountsCreated").toString())
                .contains("\"login\":\"chief-" + tag + "\",\"role\":\"annotator\",\"roleInBackup\":\"admin\"");
        assertThat(report.path("creatorsReplaced").toString()).contains(realAdmin.login());
        assertThat(report.path("authorship").asText()).isEqualTo("as recorded in the backup");
        String chief = dsl.select(APP_USER.SYSTEM_ROLE, APP_USER.ENABLED).from(APP_USER).where(APP_USER.LOGIN.eq("chief-" + tag))
                .fetchOne(r -> r.value1() + "/" + r.value2());
        assertThat(chief).isEqualTo("annotator/false");
        long projectId = report.path("projectId").asLong();
        List<Long> creators = dsl.select(SPAN.CREATED_BY, SPAN.UPDATED_BY).from(SPAN).where(SPAN.PROJECT_ID.eq(projectId))
                .fetchOne(r -> List.of(r.value1(), r.value2()));
        assertThat(creators).containsOnly(team.lead().id());
    }

    @Test
    void aTextThatDoesNotMatchItsSha256IsRefusedAndNothingIsStored() throws IOException {
        ObjectNode file = backup();
        users(file).addObject().put("login", "newcomer-" + tag).put("displayName", "New").put("systemRole", "annotator");
        ((ObjectNode) file.at("/documents/0")).put("sha256", "0".repeat(64));

        HttpResponse<String> answer = restore(file, "Forged " + tag);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode error = json.readTree(answer.body());
        assertThat(error.path("error").asText()).isEqualTo("backup.error.checksum");
        assertThat(error.path("message").asText()).contains(file.at("/documents/0/externalId").asText());
        assertNothingStored("Forged " + tag, "newcomer-" + tag);
    }

    @Test
    void enumeratedValuesAreReadInAnyCaseAndUnknownOnesNamed() throws IOException {
        ObjectNode upper = backup();
        users(upper).addObject().put("login", "upper-" + tag).put("displayName", "Upper").put("systemRole", "ANNOTATOR");
        members(upper).addObject().put("login", "upper-" + tag).put("role", "Annotator");
        ((ObjectNode) upper.at("/documents/0/assignments/0")).put("status", "IN_PROGRESS");
        ((ObjectNode) upper.at("/documents/0")).put("direction", "RTL");

        HttpResponse<String> restored = restore(upper, "Upper " + tag);
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        long projectId = json.readTree(restored.body()).path("projectId").asLong();
        assertThat(backups.backup(team.lead(), projectId).documents().get(0).assignments().get(0).status()).isEqualTo("in_progress");
        assertThat(dsl.select(APP_USER.SYSTEM_ROLE).from(APP_USER).where(APP_USER.LOGIN.eq("upper-" + tag)).fetchOne(APP_USER.SYSTEM_ROLE))
                .isEqualTo("annotator");

        ObjectNode unknown = backup();
        users(unknown).addObject().put("login", "odd-" + tag).put("displayName", "Odd").put("systemRole", "chief");
        HttpResponse<String> refused = restore(unknown, "Odd " + tag);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = json.readTree(refused.body());
        assertThat(error.path("error").asText()).isEqualTo("backup.error.value");
        assertThat(error.path("message").asText()).contains("users[odd-" + tag + "].systemRole").contains("chief")
                .contains("admin, lead, annotator, viewer");
        assertNoSqlText(refused.body());
        assertNothingStored("Odd " + tag, "odd-" + tag);
    }

    @Test
    void aWriteTheDatabaseRefusesAnswersAKeyAndNoSqlText() throws IOException {
        ObjectNode file = backup();
        users(file).addObject().put("login", "colour-" + tag).put("displayName", "Colour").put("systemRole", "annotator");
        ((ObjectNode) file.at("/labels/0")).put("colour", "red");

        HttpResponse<String> refused = restore(file, "Colour " + tag);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = json.readTree(refused.body());
        assertThat(error.path("error").asText()).isEqualTo("data.integrity.label-colour");
        assertThat(error.path("message").asText()).contains("#rrggbb");
        assertNoSqlText(refused.body());
        assertNothingStored("Colour " + tag, "colour-" + tag);
    }

    private static void assertNoSqlText(String body) {
        assertThat(body.toLowerCase()).doesNotContain("violates", "constraint", "insert", "_ck", "_uk", "_fk", "sql",
                "relation", "detail");
    }

    private void assertNothingStored(String projectName, String login) {
        assertThat(dsl.fetchExists(PROJECT, PROJECT.NAME.eq(projectName))).isFalse();
        assertThat(dsl.fetchExists(APP_USER, APP_USER.LOGIN.eq(login))).isFalse();
    }

    private ObjectNode backup() throws IOException {
        return (ObjectNode) json.readTree(json.writeValueAsString(backups.backup(team.lead(), team.project().id())));
    }

    private static ArrayNode users(ObjectNode file) {
        return (ArrayNode) file.get("users");
    }

    private static ArrayNode members(ObjectNode file) {
        return (ArrayNode) file.get("members");
    }

    private HttpResponse<String> restore(ObjectNode file, String name) throws IOException {
        return api.send("POST", "/api/v1/projects/restore?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                ApiClient.basic(team.lead().login(), Teams.PASSWORD), json.writeValueAsString(file));
    }
}
