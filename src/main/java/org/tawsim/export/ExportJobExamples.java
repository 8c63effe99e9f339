package org.tawsim.export;

/** Example bodies of the export job answers for the OpenAPI description (see docs/exports.md). */
final class ExportJobExamples {

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

    private ExportJobExamples() {
    }
}
