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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.tawsim.account.CurrentUser;

/**
 * Corpus exports over HTTP, for ML engineers' scripts: run one, list them, download a file or the whole
 * export as a zip. Only files the manifest lists can be downloaded.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/exports")
class ExportController {

    private final ExportService exports;
    private final CurrentUser currentUser;

    ExportController(ExportService exports, CurrentUser currentUser) {
        this.exports = exports;
        this.currentUser = currentUser;
    }

    /** Runs the export now and answers with its manifest (its {@code exportId} names it afterwards). */
    @Operation(summary = "Run an export now", description = "Null fields take defaults: JSONL, IOB2, ALL_ANNOTATORS, no split, finished documents only. The answer is the manifest.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ExportRequest.class), examples = @ExampleObject(value = ExportApiExamples.REQUEST))))
    @ApiResponse(responseCode = "201", description = "OK", content = @Content(schema = @Schema(implementation = ExportManifest.class), examples = @ExampleObject(value = ExportApiExamples.MANIFEST)))
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ExportManifest create(@PathVariable long projectId, @RequestBody ExportRequest request) {
        return exports.export(currentUser.require(), projectId, request);
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
