package org.tawsim.suggestion.prediction;

/** Examples of the predictions API's bodies for its OpenAPI description (offsets in code points). */
final class PredictionApiExamples {

    static final String FILE_LINE = """
            {"id":"jasim","source":"predictions","text":"اشتباكات في مدينة جاسم بدرعا.","spans":[{"start":18,"end":22,"label":"LOCATION","score":0.93},{"start":24,"end":28,"label":"LOCATION"}]}""";

    static final String STORED = """
            {"file":"predictions.jsonl","documents":2,"predictions":9}""";

    static final String COUNTS = """
            {"documents":2,"predictions":9,"lastImport":{"at":"2026-12-04T16:40:00Z","by":"lead"}}""";

    static final String REJECTED = """
            {"error":"predictions.error.rejected","message":"predictions.jsonl: nothing was imported (2 problems); fix the lines below and import the file again.",
             "count":2,"problems":[{"line":3,"error":"predictions.problem.label","message":"span 0: unknown label PLACE"},
             {"line":5,"error":"predictions.problem.unknown-document","message":"document daraa is not a document of this project"}]}""";

    static final String REMOVED = """
            {"removed":9}""";

    private PredictionApiExamples() {
    }
}
