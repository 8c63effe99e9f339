package org.tawsim.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import org.tawsim.base.UserError;

/**
 * What the API says about an export job: progress in documents, then the manifest or the error (the same
 * {@code {"status","error","message"}} a synchronous export would have answered).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ExportJobStatus(String jobId, String status, String statusUrl, int documentsDone, int documentsTotal,
                       ExportManifest manifest, JobError error) {

    record JobError(int status, String error, String message) {
    }

    /** @param contextPath the server's context path ("" by default), so that the status URL is a path on this server */
    static ExportJobStatus of(ExportJob job, Locale locale, String contextPath) {
        String statusUrl = contextPath + "/api/v1/projects/" + job.projectId() + "/exports/jobs/" + job.id();
        return new ExportJobStatus(job.id(), job.status().name().toLowerCase(Locale.ROOT), statusUrl,
                job.documentsDone(), job.documentsTotal(), job.manifest(), error(job.failure(), locale));
    }

    /** The answer to the POST that sent the job to the background: running, whatever it did since. */
    static ExportJobStatus accepted(ExportJob job, String contextPath) {
        return new ExportJobStatus(job.id(), "running", contextPath + "/api/v1/projects/" + job.projectId() + "/exports/jobs/"
                + job.id(), job.documentsDone(), job.documentsTotal(), null, null);
    }

    private static JobError error(RuntimeException failure, Locale locale) {
        if (failure == null) {
            return null;
        }
        UserError known = failure instanceof UserError e ? e : new UserError("export.error.failed");
        return new JobError(failure instanceof UserError ? 400 : 500, known.messageKey(), known.message(locale));
    }
}
