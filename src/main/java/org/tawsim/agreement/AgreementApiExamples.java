package org.tawsim.agreement;

/** Examples of the agreement API's answers for its OpenAPI description (null: no data to measure on). */
final class AgreementApiExamples {

    static final String SUMMARY = """
            {"projectId":1,"annotators":["annotator1","annotator2"],"scope":"done","documents":3,"outOfScope":1,
             "group":{"fleissKappa":0.71,"tokenAlpha":0.74,"alphaU":0.69},
             "pairs":[{"key":"annotator1","response":"annotator2","documents":3,
                       "exact":{"precision":0.8,"recall":0.75,"f1":0.774},"relaxed":{"precision":0.9,"recall":0.85,"f1":0.874},
                       "cohenKappa":0.72,"alphaU":0.69,"muc":{"precision":0.5,"recall":0.5,"f1":0.5},
                       "bCubed":{"precision":0.6,"recall":0.55,"f1":0.574},"ceafE":{"precision":0.5,"recall":0.5,"f1":0.5},
                       "blanc":{"precision":0.7,"recall":0.65,"f1":0.674},"conllF1":0.525}],
             "labels":[{"label":"PERSON","exactF1":0.8,"relaxedF1":0.9,"alphaU":0.7}],
             "perDocument":[{"documentId":3,"externalId":"003_tunisia_municipal_vote","title":"Tunisia municipal vote",
                             "exactF1":0.66,"tokenAlpha":0.7,"alphaU":0.65,"conllF1":null}],
             "labelConfusion":{"PERSON":{"PERSON":12,"ORG":1}}}""";

    static final String DISAGREEMENTS = """
            [{"kind":"LABEL_MISMATCH","first":{"start":25,"end":35,"label":"ORG","text":"الفيلق الثامن"},
              "second":{"start":25,"end":35,"label":"PERSON","text":"الفيلق الثامن"}},
             {"kind":"MISSING","first":{"start":0,"end":4,"label":"LOCATION","text":"درعا"},"second":null}]""";

    static final String GOLD = """
            [{"annotator":"annotator1","documents":2,"exact":{"precision":0.9,"recall":0.8,"f1":0.847},"conllF1":0.6}]""";

    private AgreementApiExamples() {
    }
}
