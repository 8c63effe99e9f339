package org.tawsim.suggestion.external;

/** Examples of the external recommender API's bodies for its OpenAPI description. */
final class ExternalApiExamples {

    static final String SETTINGS = """
            {"enabled":true,"url":"https://ner.example.org/tawsim","tokenSet":true,"timeoutSeconds":3,"calls":41,
             "failures":1,"droppedSpans":3,"lastSuccessAt":"2026-12-04T13:20:09Z",
             "lastProblem":{"code":"external.problem.spans-dropped","message":"3 of 40 spans dropped: unknown label PER",
                            "at":"2026-12-04T13:18:44Z"}}""";

    static final String CHANGE = """
            {"url":"https://ner.example.org/tawsim","token":"s3cret-token","timeoutSeconds":5}""";

    static final String TEST_OK = """
            {"ok":true,"spans":1,"dropped":0,"millis":84,"problem":null}""";

    static final String TEST_FAILED = """
            {"ok":false,"spans":0,"dropped":0,"millis":3004,
             "problem":{"code":"external.problem.timeout","message":"The service did not answer within 3 s.","at":null}}""";

    private ExternalApiExamples() {
    }
}
