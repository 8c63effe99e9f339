package org.tawsim.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may open which page and call which endpoint: the one table the access matrix test runs. A new
 * route or endpoint without a row here fails the build.
 *
 * <p>The root route is written {@code /}. Columns: {@code admin} system admin; {@code lead} lead of the project; {@code lead'} a system lead
 * who is not a member (and leads no project); {@code lead*} an account whose system role is annotator and
 * who is a lead of the project by project role; {@code ann+} annotator of the project with the document assigned; {@code ann}
 * annotator of the project without it; {@code ann'} annotator of another project; {@code view} a viewer
 * of the project (ML engineer; over the API with an API token); {@code view'} a viewer who is not a
 * member (of any project); {@code anon} nobody logged in. An API token opens /api/** only, so {@code view} is refused
 * the OpenAPI pages (a viewer logged in with a password reads them like {@code view'}). {@code Y} = allowed, {@code -} = refused.
 * The project under test keeps blind annotation (its default): nobody reads another annotator's layer; the
 * rows for co-annotators' layers with sharing on are tested in {@code CoAnnotatorLayersTest}.
 */
final class AccessTable {

    enum Principal { ADMIN, LEAD, LEAD_ELSEWHERE, ANNOTATOR_LEADING, ANNOTATOR_ASSIGNED, ANNOTATOR, ANNOTATOR_ELSEWHERE, VIEWER, VIEWER_ELSEWHERE, ANONYMOUS }

    // Views are keyed by their Vaadin route template; endpoints by method and Spring path pattern.
    private static final String TABLE = """
            # row                                                                         admin lead lead' lead* ann+ ann ann' view view' anon
            view  login                                                                     Y    Y    Y    Y    Y    Y    Y    Y    Y    Y
            view  /                                                                         Y    Y    Y    Y    Y    Y    Y    Y    Y    -
            view  account                                                                   Y    Y    Y    Y    Y    Y    Y    Y    Y    -
            view  projects                                                                  Y    Y    Y    Y    Y    Y    Y    Y    Y    -
            view  project/:___url_parameter                                                 Y    Y    -    Y    Y    Y    -    Y    -    -
            view  documents/:___url_parameter                                               Y    Y    -    Y    Y    -    -    Y    -    -
            view  agreement                                                                 Y    Y    -    Y    -    -    -    -    -    -
            view  exports                                                                   Y    Y    -    Y    -    -    -    Y    -    -
            view  admin                                                                     Y    -    -    -    -    -    -    -    -    -
            view  curation/:___url_parameter                                                Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/documents/{documentId}/layer                                      -    -    -    -    Y    -    -    -    -    -
            POST  /api/v1/documents/{documentId}/operations                                 -    -    -    -    Y    -    -    -    -    -
            GET   /api/v1/documents/{documentId}/annotators                                 -    -    -    -    -    -    -    -    -    -
            GET   /api/v1/documents/{documentId}/suggestions                                -    -    -    -    Y    -    -    -    -    -
            POST  /api/v1/documents/{documentId}/suggestions/{suggestionId}/accept          -    -    -    -    Y    -    -    -    -    -
            POST  /api/v1/documents/{documentId}/suggestions/{suggestionId}/reject          -    -    -    -    Y    -    -    -    -    -
            GET   /api/v1/projects/{projectId}/recommenders                                 Y    Y    -    Y    Y    Y    -    Y    -    -
            PUT   /api/v1/projects/{projectId}/recommenders                                 Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/projects/{projectId}/predictions                                  Y    Y    -    Y    -    -    -    -    -    -
            POST  /api/v1/projects/{projectId}/predictions                                  Y    Y    -    Y    -    -    -    -    -    -
            DELETE /api/v1/projects/{projectId}/predictions                                 Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/documents/{documentId}/annotators/{login}/layer                   -    -    -    -    -    -    -    -    -    -
            GET   /api/v1/projects/{projectId}/agreement                                    Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/projects/{projectId}/agreement/documents/{documentId}/disagreements Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/projects/{projectId}/agreement/gold                               Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/projects/{projectId}/curation                                     Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/curation/documents/{documentId}                                   Y    Y    -    Y    -    -    -    -    -    -
            POST  /api/v1/curation/documents/{documentId}/start                             Y    Y    -    Y    -    -    -    -    -    -
            POST  /api/v1/curation/documents/{documentId}/remerge                           Y    Y    -    Y    -    -    -    -    -    -
            POST  /api/v1/curation/decisions/{decisionId}                                   Y    Y    -    Y    -    -    -    -    -    -
            POST  /api/v1/curation/documents/{documentId}/status                            Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/curation/documents/{documentId}/layer                             Y    Y    -    Y    -    -    -    -    -    -
            POST  /api/v1/curation/documents/{documentId}/operations                        Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/projects/{projectId}/backup                                       Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/projects/{projectId}/labels                                       Y    Y    -    Y    Y    Y    -    Y    -    -
            PUT   /api/v1/projects/{projectId}/labels                                       Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/projects/{projectId}/members                                      Y    Y    -    Y    Y    Y    -    Y    -    -
            PUT   /api/v1/projects/{projectId}/members/{login}                              Y    Y    -    Y    -    -    -    -    -    -
            POST  /api/v1/projects/{projectId}/assignments                                  Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/projects/{projectId}/assignments                                  Y    Y    -    Y    -    -    -    -    -    -
            DELETE /api/v1/projects/{projectId}/assignments/{documentId}/{login}            Y    Y    -    Y    -    -    -    -    -    -
            DELETE /api/v1/projects/{projectId}/members/{login}                             Y    Y    -    Y    -    -    -    -    -    -
            POST  /api/v1/projects/restore                                                  Y    Y    Y    -    -    -    -    -    -    -
            POST  /api/v1/projects                                                          Y    Y    Y    -    -    -    -    -    -    -
            GET   /api/v1/projects                                                          Y    Y    Y    Y    Y    Y    Y    Y    Y    -
            GET   /api/v1/projects/{projectId}                                              Y    Y    -    Y    Y    Y    -    Y    -    -
            PATCH /api/v1/projects/{projectId}                                              Y    Y    -    Y    -    -    -    -    -    -
            POST  /api/v1/projects/{projectId}/documents                                    Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/projects/{projectId}/documents                                    Y    Y    -    Y    Y    Y    -    Y    -    -
            GET   /api/v1/documents/{documentId}                                            Y    Y    -    Y    Y    -    -    Y    -    -
            POST  /api/v1/projects/{projectId}/imports                                      Y    Y    -    Y    -    -    -    -    -    -
            POST  /api/v1/projects/{projectId}/exports                                      Y    Y    -    Y    -    -    -    Y    -    -
            GET   /api/v1/projects/{projectId}/exports                                      Y    Y    -    Y    -    -    -    Y    -    -
            GET   /api/v1/projects/{projectId}/exports/{exportId}                           Y    Y    -    Y    -    -    -    Y    -    -
            GET   /api/v1/projects/{projectId}/exports/{exportId}/files/{name}              Y    Y    -    Y    -    -    -    Y    -    -
            GET   /api/v1/projects/{projectId}/exports/{exportId}/zip                       Y    Y    -    Y    -    -    -    Y    -    -
            GET   /api/v1/users                                                             Y    -    -    -    -    -    -    -    -    -
            POST  /api/v1/users                                                             Y    -    -    -    -    -    -    -    -    -
            PATCH /api/v1/users/{login}                                                     Y    -    -    -    -    -    -    -    -    -
            POST  /api/v1/users/{login}/password-reset                                      Y    -    -    -    -    -    -    -    -    -
            GET   /api/v1/tokens                                                            Y    Y    Y    Y    Y    Y    Y    Y    Y    -
            POST  /api/v1/tokens                                                            Y    Y    Y    Y    Y    Y    Y    Y    Y    -
            DELETE /api/v1/tokens/{id}                                                      Y    Y    Y    Y    Y    Y    Y    Y    Y    -
            GET   /api/v1/projects/{projectId}/exports/jobs/{jobId}                         Y    Y    -    Y    -    -    -    Y    -    -
            GET   /api/v1/projects/{projectId}/recommenders/opennlp                         Y    Y    -    Y    -    -    -    -    -    -
            PUT   /api/v1/projects/{projectId}/recommenders/opennlp                         Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/projects/{projectId}/recommenders/statistics                      Y    Y    -    Y    -    -    -    -    -    -
            POST  /api/v1/projects/{projectId}/recommenders/opennlp/train                   Y    Y    -    Y    -    -    -    -    -    -
            GET   /api/v1/projects/{projectId}/recommenders/external                        Y    Y    -    Y    -    -    -    -    -    -
            PUT   /api/v1/projects/{projectId}/recommenders/external                        Y    Y    -    Y    -    -    -    -    -    -
            POST  /api/v1/projects/{projectId}/recommenders/external/test                   Y    Y    -    Y    -    -    -    -    -    -
            GET   /v3/api-docs                                                              Y    Y    Y    Y    Y    Y    Y    -    Y    -
            GET   /v3/api-docs.yaml                                                         Y    Y    Y    Y    Y    Y    Y    -    Y    -
            GET   /v3/api-docs/swagger-config                                               Y    Y    Y    Y    Y    Y    Y    -    Y    -
            GET   /swagger-ui.html                                                          Y    Y    Y    Y    Y    Y    Y    -    Y    -
            POST  /connect/{endpoint}/{method}                                              -    -    -    -    -    -    -    -    -    -
            ANY   /error                                                                    Y    Y    Y    Y    Y    Y    Y    -    Y    -
            """;

    private AccessTable() {
    }

    /** Row key (e.g. "view admin", "GET /api/v1/...") to the principals it allows. */
    static Map<String, Set<Principal>> rows() {
        Map<String, Set<Principal>> rows = new LinkedHashMap<>();
        Principal[] columns = Principal.values();
        TABLE.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
            String[] cells = line.split("\\s+");
            if (cells.length != 2 + columns.length) {
                throw new IllegalStateException("Malformed access table row: " + line);
            }
            String key = cells[0] + " " + cells[1];
            String[] marks = Arrays.copyOfRange(cells, 2, cells.length);
            Set<Principal> allowed = EnumSet.noneOf(Principal.class);
            for (int i = 0; i < columns.length; i++) {
                switch (marks[i]) {
                    case "Y" -> allowed.add(columns[i]);
                    case "-" -> { }
                    default -> throw new IllegalStateException("Mark must be Y or -: " + line);
                }
            }
            if (rows.put(key, allowed) != null) {
                throw new IllegalStateException("Duplicate access table row: " + line);
            }
        });
        return rows;
    }
}
