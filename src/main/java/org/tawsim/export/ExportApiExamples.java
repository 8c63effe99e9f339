package org.tawsim.export;

/** Examples of the export API's bodies for its OpenAPI description (see docs/exports.md). */
final class ExportApiExamples {

    static final String REQUEST = """
            {"format":"CONLL_NER","scheme":"IOB2","sources":"ALL_ANNOTATORS","annotator":null,
             "split":{"train":0.8,"dev":0.1,"test":0.1,"seed":42},"finishedOnly":true}""";

    static final String MANIFEST = """
            {"schemaVersion":1,"exportId":"20261125T183552.360Z","format":"CONLL_NER","scheme":"IOB2","projectId":2,
             "projectName":"Arabic news","createdAt":"2026-11-25T18:35:52.360646901Z","createdBy":"ml-engineer",
             "documentCount":3,"sources":["annotator1"],"labels":{"annotator1":{"LOCATION":4}},
             "counts":{"annotator1":{"written":3,"droppedNested":1,"droppedWithoutTokens":0,"droppedUnlabelled":0}},
             "split":null,
             "files":[{"name":"annotator1.conll","source":"annotator1","part":null,"documents":3,"bytes":412,
                       "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                       "counts":{"written":3,"droppedNested":1,"droppedWithoutTokens":0,"droppedUnlabelled":0}}],
             "curatedDocuments":null,"finishedOnly":true,"unfinishedLeftOut":{"annotator1":4}}""";

    static final String MANIFESTS = "[" + MANIFEST + "]";

    static final String JSONL_LINE = """
            {"id":"jasim","text":"😀 اشتباكات 𝐀 في مدينة جاسم بدرعا.","source":"annotator1","meta":{"title":"😀 اشتباكات 𝐀 في مدينة جاسم بدرعا.","status":"done"},"tokens":[{"text":"😀","start":0,"end":1,"id":0},{"text":"اشتباكات","start":2,"end":10,"id":1},{"text":"𝐀","start":11,"end":12,"id":2},{"text":"في","start":13,"end":15,"id":3},{"text":"مدينة","start":16,"end":21,"id":4},{"text":"جاسم","start":22,"end":26,"id":5},{"text":"ب","start":27,"end":28,"id":6},{"text":"درعا","start":28,"end":32,"id":7},{"text":".","start":32,"end":33,"id":8}],"spans":[{"id":1,"start":16,"end":26,"label":"LOCATION","token_start":4,"token_end":5,"text":"مدينة جاسم"},{"id":2,"start":22,"end":26,"label":"LOCATION","token_start":5,"token_end":5,"text":"جاسم"},{"id":3,"start":28,"end":32,"label":"LOCATION","token_start":7,"token_end":7,"text":"درعا"}],"chains":[[1,3]]}""";

    static final String CONLL_LINES = """
            مدينة\tB-LOCATION
            جاسم\tI-LOCATION
            ب\tO
            درعا\tB-LOCATION
            """;

    private ExportApiExamples() {
    }
}
