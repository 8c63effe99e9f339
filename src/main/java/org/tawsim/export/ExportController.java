package org.tawsim.export;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tawsim.account.CurrentUser;
import org.tawsim.base.UserError;

/**
 * Corpus exports over HTTP, for ML engineers' scripts: run one, list them, download a file or the whole
 * export as a zip. Only files the manifest lists can be downloaded. A large export answers 202 and runs on in
 * the background: its job's status URL tells the progress, then the manifest.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/exports")
class ExportController {

    private final ExportService exports;
    private final ExportJobs jobs;
    private final CurrentUser currentUser;

    ExportController(ExportService exports, ExportJobs jobs, CurrentUser currentUser) {
        this.exports = exports;
        this.jobs = jobs;
        this.currentUser = currentUser;
    }

    /**
     * Starts the export; when it finishes within {@code tawsim.export.sync-wait} the answer is its manifest (201),
     * otherwise 202 with the job's status URL. A failure within the wait is answered as the error itself.
     */
    @Operation(summary = "Run an export", description = "201 with the manifest when the export finishes within a few "
            + "seconds (tawsim.export.sync-wait), else 202 with Location and the job's status URL to poll.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = ExportRequest.class),
                    examples = @ExampleObject(name = "conll", value = ExportApiExamples.REQUEST))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Finished: the manifest", content = @Content(
                            schema = @Schema(implementation = ExportManifest.class),
                            examples = @ExampleObject(name = "manifest", value = ExportApiExamples.MANIFEST))),
                    @ApiResponse(responseCode = "202", description = "Still running: poll statusUrl", content = @Content(
                            schema = @Schema(implementation = ExportJobStatus.class),
                            examples = @ExampleObject(name = "running", value = ExportJobExamples.RUNNING)))})
    @PostMapping
    ResponseEntity<Object> create(@PathVariable long projectId, @RequestBody ExportRequest request) {
        ExportJob job = jobs.start(currentUser.require(), projectId, request);
        if (!jobs.awaitBriefly(job)) {
            ExportJobStatus status = ExportJobStatus.accepted(job, contextPath());
            return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(status.statusUrl())).body(status);
        }
        jobs.forget(job);
        if (job.status() == ExportJob.Status.FAILED) {
            throw job.failure();
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(contextPath() + "/api/v1/projects/" + projectId + "/exports/" + job.manifest().exportId()))
                .body(job.manifest());
    }

    /** A job's progress in documents, then its manifest or its error; 404 once forgotten (after a restart too). */
    @Operation(summary = "Progress of an export job", description = "status running|done|failed; documentsDone of "
            + "documentsTotal; the manifest when done, the error when failed. Jobs are kept in memory: after a restart "
            + "of the server, or an hour after they finished, the answer is 404.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The job", content = @Content(
                            schema = @Schema(implementation = ExportJobStatus.class), examples = {
                                    @ExampleObject(name = "running", value = ExportJobExamples.RUNNING),
                                    @ExampleObject(name = "done", value = ExportJobExamples.DONE),
                                    @ExampleObject(name = "failed", value = ExportJobExamples.FAILED)})),
                    @ApiResponse(responseCode = "404", description = "No such job in this project (or forgotten)",
                            content = @Content(examples = @ExampleObject(name = "missing", value = ExportJobExamples.MISSING)))})
    @GetMapping("/jobs/{jobId}")
    ResponseEntity<Object> job(@PathVariable long projectId, @PathVariable String jobId, Locale locale) {
        return jobs.find(currentUser.require(), projectId, jobId)
                .<ResponseEntity<Object>>map(job -> ResponseEntity.ok(ExportJobStatus.of(job, locale, contextPath())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(errorBody(new UserError("export.job.missing", jobId), locale)));
    }

    @ExceptionHandler(ExportsBusy.class)
    ResponseEntity<Map<String, Object>> busy(ExportsBusy busy, Locale locale) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(errorBody(busy, locale));
    }

    private static Map<String, Object> errorBody(UserError error, Locale locale) {
        return Map.of("error", error.messageKey(), "message", error.message(locale));
    }

    private static String contextPath() {
        String path = ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath();
        return path == null ? "" : path;
    }

    /** The project's exports, newest first. */
    @Operation(summary = "The project's exports, newest first")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(array = @ArraySchema(schema = @Schema(implementation = ExportManifest.class)), examples = @ExampleObject(value = ExportApiExamples.MANIFESTS)))
    @GetMapping
    List<ExportManifest> list(@PathVariable long projectId) {
        return exports.list(currentUser.require(), projectId);
    }

    @Operation(summary = "One export's manifest")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ExportManifest.class), examples = @ExampleObject(value = ExportApiExamples.MANIFEST)))
    @GetMapping("/{exportId}")
    ExportManifest manifest(@PathVariable long projectId, @PathVariable String exportId) {
        return exports.manifest(currentUser.require(), projectId, exportId);
    }

    @Operation(summary = "Download one file the manifest lists", description = "application/jsonl for .jsonl, text/plain for CoNLL, application/json for .json.")
    @ApiResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = "application/jsonl", schema = @Schema(type = "string", format = "binary"),
                    examples = @ExampleObject(value = ExportApiExamples.JSONL_LINE)),
            @Content(mediaType = "text/plain", schema = @Schema(type = "string", format = "binary"),
                    examples = @ExampleObject(value = ExportApiExamples.CONLL_LINES))})
    @GetMapping("/{exportId}/files/{name}")
    ResponseEntity<Resource> file(@PathVariable long projectId, @PathVariable String exportId, @PathVariable String name) {
        Path file = exports.file(currentUser.require(), projectId, exportId, name);
        return ResponseEntity.ok()
                .contentType(contentType(name))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }

    /** Every file of the export and its manifest in one zip, streamed as it is built. */
    @Operation(summary = "Download the whole export (manifest.json and every file) as one zip")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = "string", format = "binary"), examples = @ExampleObject(summary = "entries of the zip",
            value = "manifest.json, annotator1.conll, annotator2.conll")))
    @GetMapping("/{exportId}/zip")
    ResponseEntity<StreamingResponseBody> zip(@PathVariable long projectId, @PathVariable String exportId) {
        var user = currentUser.require();
        ExportManifest manifest = exports.manifest(user, projectId, exportId);
        List<Path> files = new ArrayList<>();
        files.add(exports.file(user, projectId, exportId, ExportStore.MANIFEST));
        manifest.files().forEach(f -> files.add(exports.file(user, projectId, exportId, f.name())));
        String zipName = "tawsim-" + projectId + "-" + exportId + ".zip";
        StreamingResponseBody body = out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Path file : files) {
                    zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                    try (InputStream in = Files.newInputStream(file)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(zipName).build().toString())
                .body(body);
    }

    static MediaType contentType(String name) {
        if (name.endsWith(".json")) {
            return MediaType.APPLICATION_JSON;
        }
        // JSON Lines has no registered media type; application/jsonl is the common choice
        return MediaType.parseMediaType(name.endsWith(".jsonl") ? "application/jsonl; charset=UTF-8" : "text/plain; charset=UTF-8");
    }
}
