package org.tawsim.annotation;

/** Examples of the layer API's bodies for its OpenAPI description (offsets in code points). */
public final class AnnotationApiExamples {

    public static final String LAYER = """
            {"documentId":42,"revision":7,
             "spans":[{"id":101,"start":0,"end":4,"label":"LOCATION"},{"id":102,"start":25,"end":35,"label":"ORG"},
                      {"id":103,"start":60,"end":64,"label":"ORG"}],
             "chains":[{"id":9,"spanIds":[102,103]}]}""";

    public static final String CO_ANNOTATORS = """
            [{"id":5,"login":"annotator2","displayName":"Annotator 2"}]""";

    public static final String OPERATION = """
            {"baseRevision":7,"opId":"4f1c2b9e-8d0a-4c55-9a43-2d3c1e6f7a10",
             "operation":{"type":"create_span","start":10,"end":14,"label":"PERSON"}}""";

    public static final String OPERATION_RESULT = """
            {"revision":8,"spanId":104,"chainId":null,"alreadyApplied":false}""";

    private AnnotationApiExamples() {
    }
}
