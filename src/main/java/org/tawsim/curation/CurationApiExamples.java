package org.tawsim.curation;

/** Examples of the curation API's bodies for its OpenAPI description. */
final class CurationApiExamples {

    static final String CURATION = """
            {"documentId":3,"projectId":1,"rule":"MAJORITY","status":"IN_PROGRESS",
             "decisions":[{"id":17,"kind":"LABEL_MISMATCH","start":30,"end":36,"annotators":3,
               "candidates":[{"span":{"start":30,"end":36,"label":"ORG"},"chains":[],"supporters":["annotator2"],"mentions":[]},
                             {"span":{"start":30,"end":36,"label":"PERSON"},"chains":[],"supporters":["annotator1"],"mentions":[]}],
               "outcome":null,"chosen":null,"byRule":false,"notApplied":[]}],
             "annotatorsChanged":false}""";

    static final String START = """
            {"rule":"MAJORITY"}""";

    static final String DECIDE = """
            {"outcome":"ACCEPTED","candidate":0}""";

    static final String STATUS = """
            {"curated":true}""";

    static final String PROGRESS = """
            {"documents":12,"inProgress":3,"curated":5}""";

    private CurationApiExamples() {
    }
}
