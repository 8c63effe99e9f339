package org.tawsim.suggestion;

/** Examples of the suggestion API's bodies for its OpenAPI description (offsets in code points). */
public final class SuggestionApiExamples {

    public static final String SUGGESTIONS = """
            [{"id":"string:28:32:LOCATION","start":28,"end":32,"label":"LOCATION","score":1.0,"recommender":"string"},
             {"id":"string:40:48:ORG","start":40,"end":48,"label":"ORG","score":0.75,"recommender":"string"}]""";

    public static final String OPERATION_RESULT = """
            {"revision":8,"spanId":104,"chainId":null,"alreadyApplied":false}""";

    public static final String SETTINGS = """
            {"stringMatcher":{"enabled":true},"opennlp":{"enabled":false},"external":{"enabled":false},"predictions":{"enabled":true}}""";

    public static final String STATISTICS = """
            [{"recommender":"string","overall":{"accepted":30,"rejected":10,"acceptanceRate":0.75},
              "labels":[{"label":"LOCATION","outcomes":{"accepted":30,"rejected":10,"acceptanceRate":0.75}}]},
             {"recommender":"opennlp","overall":{"accepted":0,"rejected":0,"acceptanceRate":null},"labels":[]}]""";

    private SuggestionApiExamples() {
    }
}
