package org.tawsim.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.security.AccessTable.Principal.ADMIN;
import static org.tawsim.security.AccessTable.Principal.ANNOTATOR;
import static org.tawsim.security.AccessTable.Principal.ANNOTATOR_ASSIGNED;
import static org.tawsim.security.AccessTable.Principal.ANNOTATOR_ELSEWHERE;
import static org.tawsim.security.AccessTable.Principal.ANNOTATOR_LEADING;
import static org.tawsim.security.AccessTable.Principal.ANONYMOUS;
import static org.tawsim.security.AccessTable.Principal.LEAD;
import static org.tawsim.security.AccessTable.Principal.LEAD_ELSEWHERE;
import static org.tawsim.security.AccessTable.Principal.VIEWER;
import static org.tawsim.security.AccessTable.Principal.VIEWER_ELSEWHERE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.net.http.HttpResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tawsim.account.AccountService;
import org.tawsim.account.ApiTokenService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.Operation;
import org.tawsim.backup.BackupService;
import org.tawsim.corpus.DocumentService;
import org.tawsim.curation.CurationService;
import org.tawsim.curation.merge.Rule;
import org.tawsim.export.ExportJob;
import org.tawsim.export.ExportJobs;
import org.tawsim.export.ExportManifest;
import org.tawsim.export.ExportRequest;
import org.tawsim.export.ExportService;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;
import org.tawsim.security.AccessTable.Principal;
import org.tawsim.support.BrowserTest;
import org.tawsim.support.MultipartBody;
import org.tawsim.support.Teams;

/**
 * Runs {@link AccessTable} against the running app on the real database: every page in Chromium as each
 * principal, every endpoint over HTTP. Routes and endpoints are discovered from Vaadin's route registry
 * and Spring's handler mapping, so one without a row fails here.
 */
class AccessMatrixTest extends BrowserTest {

    /** What proves that a page really opened (an element only that page shows). */
    private static final Map<String, String> PAGE_MARKS = Map.of(
            "view login", "vaadin-login-form",
            "view /", "#queue-summary",
            "view projects", "#projects-page",
            "view project/:___url_parameter", "#project-tabs",
            "view documents/:___url_parameter", "#editor, #document-text",
            "view agreement", "#agreement-project",
            "view exports", "#export-project",
            "view admin", "#accounts",
            "view account", "#tokens",
            "view curation/:___url_parameter", "#curation-curated");

    /** Where درعا is in the first document ("نص للتجربة في درعا"); تجربة inside للتجربة is at [5, 10). */
    private static final int ACCEPTED_START = 14;

    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    Teams teams;
    @Autowired
    AccountService accounts;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentService documents;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ExportService exports;
    @Autowired
    ExportJobs exportJobs;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    AnnotationService annotations;
    @Autowired
    CurationService curation;
    @Autowired
    BackupService backups;
    @Autowired
    ObjectMapper json;

    private final Map<Principal, UserAccount> users = new EnumMap<>(Principal.class);
    private final Map<Principal, BrowserSession> sessions = new EnumMap<>(Principal.class);
    private ApiClient api;
    private long projectId;
    private long documentId;
    /** A second document, annotated by both annotators with a label mismatch and in curation. */
    private long curatedDocumentId;
    private long decisionId;
    private String backupJson;
    private ExportManifest export;
    private ExportJob exportJob;
    private String viewerToken;
    /** The member the members and assignments rows add, assign, unassign and remove (not a principal). */
    private UserAccount memberTarget;

    @BeforeEach
    void team() {
        Teams.Team team = teams.create("Access matrix", "assigned", "unassigned");
        projectId = team.project().id();
        documentId = documents.importTextFile(team.lead(), projectId, "access.txt",
                "نص للتجربة في درعا".getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), projectId, 1, List.of(documentId));
        UserAccount assigned = assignments.status(team.annotator(0), documentId).isPresent() ? team.annotator(0) : team.annotator(1);
        users.put(ADMIN, accounts.findByLogin("admin").orElseThrow());
        users.put(LEAD, team.lead());
        users.put(LEAD_ELSEWHERE, account("lead-else", SystemRole.LEAD));
        users.put(ANNOTATOR_ASSIGNED, assigned);
        users.put(ANNOTATOR, assigned == team.annotator(0) ? team.annotator(1) : team.annotator(0));
        users.put(ANNOTATOR_ELSEWHERE, teams.outsider());
        users.put(VIEWER, account("viewer", SystemRole.VIEWER));
        projects.addMember(team.lead(), projectId, users.get(VIEWER).login(), ProjectRole.VIEWER);
        users.put(VIEWER_ELSEWHERE, account("viewer-else", SystemRole.VIEWER));
        viewerToken = tokens.create(users.get(VIEWER), "training pipeline").secret();
        export = exports.export(team.lead(), projectId, new ExportRequest(null, null, null, null, null));
        exportJob = exportJobs.start(team.lead(), projectId, new ExportRequest(null, null, null, null, null));
        curatedDocumentId = documents.importTextFile(team.lead(), projectId, "curated.txt",
                "زار الوزير درعا".getBytes(StandardCharsets.UTF_8), null).id();
        assignments.assignBalanced(team.lead(), projectId, 2, List.of(curatedDocumentId));
        for (UserAccount annotator : List.of(team.annotator(0), team.annotator(1))) {
            String label = annotator == team.annotator(0) ? "PERSON" : "ORG";
            annotations.apply(annotator, curatedDocumentId, annotations.layer(annotator, curatedDocumentId).revision(),
                    UUID.randomUUID(), new Operation.CreateSpan(4, 10, label));
            assignments.markDone(annotator, curatedDocumentId);
        }
        // an annotator account made a lead of this project: project roles, not system roles, decide
        users.put(ANNOTATOR_LEADING, account("ann-lead", SystemRole.ANNOTATOR));
        projects.addMember(team.lead(), projectId, users.get(ANNOTATOR_LEADING).login(), ProjectRole.LEAD);
        try {
            backupJson = json.writeValueAsString(backups.backup(team.lead(), projectId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        decisionId = curation.start(team.lead(), curatedDocumentId, Rule.MAJORITY).decisions().get(0).id();
        // gold the assigned annotator's suggestions learn from: the accept and reject rows name real suggestions
        annotations.applyToGold(team.lead(), documentId, new Operation.CreateSpan(ACCEPTED_START, ACCEPTED_START + 4, "LOCATION"));
        annotations.applyToGold(team.lead(), documentId, new Operation.CreateSpan(5, 10, "EVENT"));
        memberTarget = account("member-target", SystemRole.ANNOTATOR);
        projects.addMember(team.lead(), projectId, memberTarget.login(), ProjectRole.ANNOTATOR);
        api = new ApiClient(port);
    }

    @Test
    void everyRouteAndEndpointHasARow() {
        Set<String> table = AccessTable.rows().keySet();
        Set<String> discovered = new TreeSet<>();
        discovered.addAll(routes());
        discovered.addAll(endpoints());
        assertThat(discovered).as("routes and endpoints without a row in AccessTable").isSubsetOf(table);
        assertThat(table).as("AccessTable rows for routes or endpoints that no longer exist").isSubsetOf(discovered);
    }

    @Test
    void endpointsAnswerAsTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        AccessTable.rows().forEach((row, allowed) -> {
            if (row.startsWith("view ")) {
                return;
            }
            for (Principal who : Principal.values()) {
                HttpResponse<String> response = call(row, who);
                boolean expectAllowed = allowed.contains(who);
                boolean ok = expectAllowed ? allowedAnswer(row, response) : deniedAnswer(row, who, response);
                if (!ok) {
                    wrong.add(row + " as " + who + ": HTTP " + response.statusCode() + " "
                            + response.headers().firstValue("Location").orElse("")
                            + ", expected " + (expectAllowed ? "access" : "refusal"));
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void pagesOpenAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (Principal who : Principal.values()) {
            driver.manage().deleteAllCookies();
            if (who != ANONYMOUS) {
                logIn(users.get(who).login(), password(who));
                wait.until(d -> !d.getCurrentUrl().contains("/login"));
            }
            AccessTable.rows().forEach((row, allowed) -> {
                if (!row.startsWith("view ")) {
                    return;
                }
                boolean opened = opens(row);
                if (opened != allowed.contains(who)) {
                    wrong.add(row + " as " + who + ": " + (opened ? "opened" : "refused"));
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    private boolean opens(String row) {
        String route = row.substring("view ".length());
        long parameter = route.startsWith("project/") ? projectId : route.startsWith("curation/") ? curatedDocumentId : documentId;
        String path = route.equals("/") ? "" : route.replace(":___url_parameter", Long.toString(parameter));
        driver.get(url(path));
        String mark = PAGE_MARKS.get(row);
        assertThat(mark).as("a page mark for " + row).isNotNull();
        // Refused: the login page (anonymous) or the not-found page (a page one may not open is not named); opened:
        // the page's own element.
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(mark)).isEmpty()
                    || !d.findElements(By.cssSelector("vaadin-login-form")).isEmpty()
                    || !d.findElements(By.id("page-not-found")).isEmpty());
        } catch (TimeoutException e) {
            screenshot("access-matrix-undecided.png");
            throw new AssertionError("Neither opened nor refused: " + path + " at " + driver.getCurrentUrl() + ": "
                    + js("return document.body.innerText"), e);
        }
        waitForVaadin();
        return !driver.findElements(By.cssSelector(mark)).isEmpty();
    }

    private HttpResponse<String> call(String row, Principal who) {
        String[] parts = row.split(" ", 2);
        String method = parts[0].equals("ANY") ? "GET" : parts[0];
        boolean curationCall = parts[1].startsWith("/api/v1/curation/");
        String path = accountPath(parts[1], who).replace("{projectId}", Long.toString(projectId))
                .replace("{documentId}", Long.toString(curationCall ? curatedDocumentId : documentId))
                .replace("{decisionId}", Long.toString(decisionId))
                .replace("{exportId}", export.exportId())
                .replace("{jobId}", exportJob.id())
                .replace("{suggestionId}", parts[1].endsWith("/accept") ? "string:14:18:LOCATION" : "string:5:10:EVENT")
                .replace("{name}", export.files().get(0).name())
                .replace("{login}", parts[1].contains("/members/") || parts[1].contains("/assignments/")
                        ? memberTarget.login() : users.get(ANNOTATOR).login())
                .replaceAll("\\{(\\w+)}", "$1");
        String body = null;
        if (curationCall) {
            body = curationBody(path, who);
        } else if (path.endsWith("/operations")) {
            long revision = who == ANNOTATOR_ASSIGNED ? revision(who) : 0;
            body = "{\"baseRevision\":" + revision + ",\"opId\":\"" + UUID.randomUUID()
                    + "\",\"operation\":{\"type\":\"create_span\",\"start\":0,\"end\":2,\"label\":\"EVENT\"}}";
        } else if (path.endsWith("/restore")) {
            // Every allowed restore creates its own project: name it apart.
            path += "?name=restored-" + who.name().toLowerCase() + "-" + System.nanoTime();
            body = backupJson;
        } else if (path.endsWith("/exports") && method.equals("POST")) {
            body = "{\"format\":\"JSONL\"}";
        } else if (path.endsWith("/recommenders/opennlp") && method.equals("PUT")) {
            body = "{\"trainOnAgreement\":false}";
        } else if (path.endsWith("/recommenders/external") && method.equals("PUT")) {
            body = "{\"url\":\"http://127.0.0.1:9/suggest\",\"timeoutSeconds\":1}";
        } else if (path.endsWith("/recommenders") && method.equals("PUT")) {
            body = "{\"stringMatcher\":{\"enabled\":true}}";
        } else if (path.endsWith("/labels") && method.equals("PUT")) {
            // the project's own label set again: every allowed call leaves it as it was
            body = "{\"labels\":[{\"name\":\"PERSON\",\"colour\":\"#f4a261\",\"hotkey\":\"1\"},"
                    + "{\"name\":\"ORG\",\"colour\":\"#2a9d8f\",\"hotkey\":\"2\"},"
                    + "{\"name\":\"LOCATION\",\"colour\":\"#8ab17d\",\"hotkey\":\"3\"},"
                    + "{\"name\":\"EVENT\",\"colour\":\"#b392ac\",\"hotkey\":\"4\"}]}";
        } else if (path.equals("/api/v1/users") && method.equals("POST")) {
            body = "{\"login\":\"made-" + Long.toString(System.nanoTime(), 36) + "\",\"role\":\"annotator\"}";
        } else if (path.startsWith("/api/v1/users/") && method.equals("PATCH")) {
            body = "{\"displayName\":\"Renamed\"}";
        } else if (path.equals("/api/v1/tokens") && method.equals("POST")) {
            body = "{\"name\":\"matrix\",\"scope\":\"read\"}";
        } else if (path.contains("/members/") && method.equals("PUT")) {
            body = "{\"role\":\"annotator\"}";
        } else if (path.endsWith("/assignments") && method.equals("POST")) {
            body = "{\"documents\":[" + documentId + "],\"annotators\":[\"" + memberTarget.login() + "\"]}";
        } else if (path.endsWith("/disagreements")) {
            path += "?first=" + users.get(ANNOTATOR_ASSIGNED).login() + "&second=" + users.get(ANNOTATOR).login();
        } else if (path.equals("/api/v1/projects") && method.equals("POST")) {
            body = "{\"name\":\"access-" + who.name().toLowerCase() + "-" + System.nanoTime() + "\"}";
        } else if (method.equals("PATCH")) {
            body = "{\"description\":\"changed by " + who.name().toLowerCase() + "\"}";
        } else if (method.equals("POST") && path.endsWith("/predictions")) {
            // a line without spans: an allowed import clears the document's predictions, which it has none of
            return api.multipart(path, authorization(who), new MultipartBody().file("file", "predictions.jsonl",
                    ("{\"source\":\"predictions\",\"document_id\":" + documentId + ",\"spans\":[]}\n").getBytes(StandardCharsets.UTF_8)));
        } else if (method.equals("POST") && (path.endsWith("/documents") || path.endsWith("/imports"))) {
            // Every allowed upload stores its own document: name it apart.
            String id = "access-" + who.name().toLowerCase() + "-" + System.nanoTime();
            MultipartBody upload = path.endsWith("/documents")
                    ? new MultipartBody().file("files", id + ".txt", "نص مرفوع".getBytes(StandardCharsets.UTF_8))
                    : new MultipartBody().file("file", id + ".jsonl",
                            ("{\"id\":\"" + id + "\",\"text\":\"نص مستورد\"}\n").getBytes(StandardCharsets.UTF_8));
            return api.multipart(path.endsWith("/imports") ? path + "?format=jsonl" : path, authorization(who), upload);
        }
        if (!path.startsWith("/api/") && who != ANONYMOUS && who != VIEWER) {
            // HTTP Basic counts on /api/ only: elsewhere a logged-in principal is its login form's session
            return sessions.computeIfAbsent(who, this::loggedIn).send(method, path, Map.of(), body);
        }
        return api.send(method, path, authorization(who), body);
    }

    /**
     * Account endpoints change the account they name and token endpoints revoke the token they name: each call gets
     * an account and a token of its own, so no call disturbs the principals of the next ones.
     */
    private String accountPath(String pattern, Principal who) {
        if (pattern.startsWith("/api/v1/users/")) {
            return pattern.replace("{login}", account("target", SystemRole.ANNOTATOR).login());
        }
        if (pattern.equals("/api/v1/tokens/{id}")) {
            long id = who == ANONYMOUS ? 1 : tokens.create(users.get(who), "to revoke").token().id();
            return pattern.replace("{id}", Long.toString(id));
        }
        return pattern;
    }

    private BrowserSession loggedIn(Principal who) {
        BrowserSession session = new BrowserSession(port).openLoginPage();
        HttpResponse<String> response = session.logIn(users.get(who).login(), password(who), true);
        assertThat(response.headers().firstValue("Location").orElse("")).as(who + " logs in").doesNotContain("login");
        return session;
    }

    private String curationBody(String path, Principal who) {
        if (path.endsWith("/start")) {
            return "{\"rule\":\"MAJORITY\"}";
        }
        if (path.contains("/decisions/")) {
            return "{\"outcome\":\"REJECTED\"}";
        }
        if (path.endsWith("/status")) {
            return "{\"curated\":false}";
        }
        if (path.endsWith("/operations")) {
            // Each allowed principal adds its own one-character span to gold, so no call repeats another.
            long revision = who == ADMIN || who == LEAD || who == ANNOTATOR_LEADING
                    ? annotations.goldLayer(users.get(LEAD), curatedDocumentId).revision() : 0;
            return "{\"baseRevision\":" + revision + ",\"opId\":\"" + UUID.randomUUID()
                    + "\",\"operation\":{\"type\":\"create_span\",\"start\":" + who.ordinal() + ",\"end\":"
                    + (who.ordinal() + 1) + ",\"label\":\"EVENT\"}}";
        }
        return null;
    }

    private long revision(Principal who) {
        String layer = api.send("GET", "/api/v1/documents/" + documentId + "/layer", authorization(who), null).body();
        return Long.parseLong(layer.replaceAll("(?s).*\"revision\":(\\d+).*", "$1"));
    }

    private static boolean allowedAnswer(String row, HttpResponse<String> response) {
        int status = response.statusCode();
        if (row.equals("POST /api/v1/curation/documents/{documentId}/start") && status == 400) {
            // Curation starts once: a second start passes the lead check and is refused for its state.
            return response.body().contains("curation.error.started");
        }
        if (row.equals("ANY /error")) {
            // Spring's error page answers 500 when called without an error to show; what matters is it is not refused.
            return status == 500;
        }
        return status >= 200 && status < 300 || status >= 300 && status < 400 && !redirectsToLogin(response);
    }

    /** Anonymous calls get 401 on the API and the login page elsewhere; logged-in ones get 403. */
    private static boolean deniedAnswer(String row, Principal who, HttpResponse<String> response) {
        int status = response.statusCode();
        if (row.startsWith("POST /connect/")) {
            // Hilla's endpoint door: the app publishes no endpoint, so every call finds nothing.
            return status == 404 || status == 401 || status == 403 || redirectsToLogin(response);
        }
        boolean api = row.contains(" /api/");
        // An API token is no credential outside /api/**: its bearer is as anonymous there.
        boolean anonymous = who == ANONYMOUS || who == VIEWER && !api;
        if (!anonymous) {
            return status == 403;
        }
        return api ? status == 401 : redirectsToLogin(response);
    }

    private static boolean redirectsToLogin(HttpResponse<String> response) {
        return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").matches(".*/login(;jsessionid=.*)?");
    }

    private String authorization(Principal who) {
        if (who == ANONYMOUS) {
            return null;
        }
        return who == VIEWER ? ApiClient.bearer(viewerToken) : ApiClient.basic(users.get(who).login(), password(who));
    }

    private static String password(Principal who) {
        return who == ADMIN ? "admin-test-password" : Teams.PASSWORD;
    }

    private UserAccount account(String prefix, SystemRole role) {
        return accounts.create(prefix + "-" + Long.toString(System.nanoTime(), 36), Teams.PASSWORD, prefix, role);
    }

    private List<String> routes() {
        List<RouteData> routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(context.getServletContext()))
                .getRegisteredRoutes();
        assertThat(routes).as("Vaadin routes").isNotEmpty();
        // A typed URL parameter carries its pattern, e.g. documents/:___url_parameter(^[+-]?[0-9]{1,19}$)
        return routes.stream().map(r -> r.getTemplate().replaceAll("\\(.*\\)$", ""))
                .map(t -> "view " + (t.isEmpty() ? "/" : t)).toList();
    }

    private List<String> endpoints() {
        List<String> keys = new ArrayList<>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> {
            Set<String> patterns = info.getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (methods.isEmpty()) {
                    keys.add("ANY " + pattern);
                }
                methods.forEach(m -> keys.add(m.name() + " " + pattern));
            }
        });
        assertThat(keys).as("HTTP endpoints").isNotEmpty();
        return keys;
    }
}
