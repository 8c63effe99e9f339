package org.tawsim.export;

/** Example bodies of the exports API for its OpenAPI description (see docs/exports.md). */
final class ExportExamples {

    static final String REQUEST = """
            {"format": "CONLL_NER", "scheme": "BIOES", "sources": "ALL_ANNOTATORS", "finishedOnly": true,
             "split": {"train": 0.8, "dev": 0.1, "test": 0.1, "seed": 7}}""";

    static final String MANIFEST = """
            {"schemaVersion": 1, "exportId": "20261125T183552.360Z", "format": "JSONL", "scheme": null, "projectId": 2,
             "projectName": "Arabic news", "createdAt": "2026-11-25T18:35:52.360646901Z", "createdBy": "ml-engineer",
             "documentCount": 3, "sources": ["annotator1"], "labels": {"annotator1": {"LOCATION": 4}},
             "counts": {"annotator1": {"written": 3, "chains": 1}}, "split": null,
             "files": [{"name": "annotator1.jsonl", "source": "annotator1", "part": null, "documents": 3, "bytes": 2048,
                        "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        "counts": {"written": 3, "chains": 1}}],
             "curatedDocuments": null, "finishedOnly": true, "unfinishedLeftOut": {"annotator1": 0}}""";

    static final String RUNNING = """
            {"jobId": "7d0f5c1e-2b8a-4c1e-9a51-0e6f3d7a9b42", "status": "running",
             "statusUrl": "/api/v1/projects/2/exports/jobs/7d0f5c1e-2b8a-4c1e-9a51-0e6f3d7a9b42",
             "documentsDone": 1200, "documentsTotal": 10000}""";

    static final String DONE = """
            {"jobId": "7d0f5c1e-2b8a-4c1e-9a51-0e6f3d7a9b42", "status": "done",
             "statusUrl": "/api/v1/projects/2/exports/jobs/7d0f5c1e-2b8a-4c1e-9a51-0e6f3d7a9b42",
             "documentsDone": 10000, "documentsTotal": 10000,
             "manifest": {"schemaVersion": 1, "exportId": "20261125T183552.360Z", "format": "JSONL", "projectId": 2,
                          "documentCount": 10000, "files": []}}""";

    static final String FAILED = """
            {"jobId": "7d0f5c1e-2b8a-4c1e-9a51-0e6f3d7a9b42", "status": "failed",
             "statusUrl": "/api/v1/projects/2/exports/jobs/7d0f5c1e-2b8a-4c1e-9a51-0e6f3d7a9b42",
             "documentsDone": 0, "documentsTotal": 0,
             "error": {"status": 400, "error": "export.error.gold",
                       "message": "No document of this project is curated yet: the gold export holds curated documents only."}}""";

    static final String MISSING = """
            {"error": "export.job.missing",
             "message": "There is no export job 7d0f5c1e-2b8a-4c1e-9a51-0e6f3d7a9b42 in this project."}""";

    private ExportExamples() {
    }
}
