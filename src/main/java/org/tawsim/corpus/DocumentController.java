package org.tawsim.corpus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tawsim.account.CurrentUser;
import org.tawsim.base.TooManyEntries;
import org.tawsim.base.UserError;
import org.tawsim.project.ProjectService;

/**
 * Plain-text documents over HTTP: leads upload .txt files as on the project page (same encodings, same limit, all
 * files or none); whoever may open a document in the editor reads its text.
 */
@RestController
class DocumentController {

    private final DocumentService documents;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    /** Files one upload may carry ({@code tawsim.api.max-upload-files}). */
    private final int maxFiles;

    DocumentController(DocumentService documents, ProjectService projects, CurrentUser currentUser,
                       @Value("${tawsim.api.max-upload-files:10000}") int maxFiles) {
        this.documents = documents;
        this.projects = projects;
        this.currentUser = currentUser;
        this.maxFiles = maxFiles;
    }

    /** The answer to an upload: the documents stored, in the order of the files. */
    record Uploaded(List<StoredDocument> documents) {
    }

    @Operation(summary = "Upload .txt files as documents (leads of the project, admins): all of them or none",
            description = "Multipart part `files`, once per file; the external id is the file name without .txt. "
                    + "encoding: UTF-8 (default; a UTF-8 or UTF-16 byte-order mark is honoured) or windows-1256. "
                    + "A bad file answers 400 naming it, a document id the project has 409, a file over "
                    + "tawsim.import.max-file-size 413; nothing is stored then.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, examples = @ExampleObject(name = "two files",
                    description = "curl -F files=@jasim.txt -F files=@daraa.txt '…/documents?encoding=utf-8'",
                    value = "files=@jasim.txt, files=@daraa.txt"))),
            responses = @ApiResponse(responseCode = "201", content = @Content(
                    schema = @Schema(implementation = Uploaded.class), examples = @ExampleObject(value = """
                    {"documents": [{"id": 41, "externalId": "jasim", "title": "اشتباكات في مدينة جاسم", "length": 1873,
                      "sha256": "9720df9780ae2cfa5b1e0c1f4f0d3f0c8d1f7c5e2b7a6f3e1d2c4b5a69788766"}]}"""))))
    @PostMapping(path = "/api/v1/projects/{projectId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Uploaded upload(@PathVariable long projectId,
                    @RequestParam(name = "files", required = false) List<MultipartFile> files,
                    @Parameter(description = "UTF-8 (default) or windows-1256") @RequestParam(required = false) String encoding) {
        var user = currentUser.require();
        projects.requireLead(user, projectId); // before telling anything about the request
        if (files == null || files.isEmpty()) {
            throw new UserError("document-upload.error.no-files");
        }
        if (files.size() > maxFiles) {
            throw new TooManyEntries("files", files.size(), maxFiles);
        }
        var chosen = PlainTextDecoder.chosenEncoding(encoding);
        List<UploadedFile> uploads = files.stream().map(f -> new UploadedFile(name(f), f)).toList();
        return new Uploaded(documents.importTextFiles(user, projectId, uploads, chosen));
    }

    @Operation(summary = "A document's text (whoever may open it in the editor)",
            description = "length counts Unicode code points (the unit of every offset); sha256 is of the text in UTF-8.",
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    schema = @Schema(implementation = DocumentText.class), examples = @ExampleObject(value = """
                    {"id": 41, "projectId": 7, "externalId": "jasim", "title": "اشتباكات في جاسم",
                     "text": "اشتباكات في جاسم بريف درعا", "length": 26,
                     "sha256": "5d0f8f2b1c3e4a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d"}"""))))
    @GetMapping("/api/v1/documents/{documentId}")
    DocumentText get(@PathVariable long documentId) {
        return DocumentText.of(documents.get(currentUser.require(), documentId));
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            throw new UserError("document-upload.error.no-name");
        }
        return name;
    }
}
