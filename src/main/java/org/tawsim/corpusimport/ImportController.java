package org.tawsim.corpusimport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.format.CorpusFormat;
import org.tawsim.format.CorpusFormats;
import org.tawsim.format.UnknownFormat;

/**
 * Annotated corpus files over HTTP, through the importers of the project page: the file is stored whole or not
 * at all, and a problem is answered with the file and line.
 */
@RestController
class ImportController {

    private final CorpusImportService imports;
    private final CurrentUser currentUser;

    ImportController(CorpusImportService imports, CurrentUser currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
    }

    /** The import report: external and stored ids, spans and chains in all and per annotator, empty documents skipped. */
    record Report(String file, List<Long> documents, List<String> externalIds, int spans, int chains,
                  Map<String, ImportResult.LayerCount> perAnnotator, List<String> skipped) {

        static Report of(ImportResult result) {
            return new Report(result.fileName(), result.storedIds(), result.documentIds(), result.spans(),
                    result.chains(), result.perAnnotator(), result.skippedEmpty());
        }
    }

    @Operation(summary = "Import an annotated file (JSONL, DOCCANO, CONLL_BIO, CONLL_2012) into a project (leads, admins)",
            description = "Multipart part `file`. format is matched in any case. annotator: the login whose layer "
                    + "receives records that name no source (doccano, CoNLL). unlabelled: the label of coreference "
                    + "mentions that have none. Nothing is stored when the file has a problem: 400 with "
                    + "\"<file>, line N: problem\"; 409 when the project has one of its document ids already.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, examples = @ExampleObject(name = "JSONL",
                    description = "curl -F file=@predictions.jsonl '…/imports?format=jsonl&annotator=model'",
                    value = "file=@predictions.jsonl"))),
            responses = @ApiResponse(responseCode = "201", content = @Content(
                    schema = @Schema(implementation = Report.class), examples = @ExampleObject(value = """
                    {"file": "predictions.jsonl", "documents": [42, 43], "externalIds": ["jasim", "daraa"],
                     "spans": 9, "chains": 1, "perAnnotator": {"model": {"spans": 9, "chains": 1}}, "skipped": []}"""))))
    @PostMapping(path = "/api/v1/projects/{projectId}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Report importFile(@PathVariable long projectId,
                      @Parameter(description = "JSONL, DOCCANO, CONLL_BIO or CONLL_2012") @RequestParam(required = false) String format,
                      @RequestParam(name = "file", required = false) MultipartFile file,
                      @Parameter(description = "login of an annotator of the project") @RequestParam(required = false) String annotator,
                      @Parameter(description = "a label of the project") @RequestParam(required = false) String unlabelled) {
        UserAccount lead = currentUser.require();
        List<String> annotators = imports.annotators(lead, projectId); // checks the lead role first
        CorpusFormat chosen = formatNamed(format);
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            throw new UserError("corpus-import.error.no-file");
        }
        String fileName = file.getOriginalFilename();
        String login = annotator == null || annotator.isBlank() ? null : annotator.strip();
        if (login != null && !annotators.contains(login)) {
            throw new UserError("corpus-import.error.no-such-annotator", fileName, login);
        }
        // the part lies on disk; the importer reads at most the upload limit of it
        try (InputStream in = file.getInputStream()) {
            return Report.of(imports.importFile(lead, projectId, chosen, fileName, in, login,
                    unlabelled == null || unlabelled.isBlank() ? null : unlabelled.strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload " + fileName + " failed", e);
        }
    }

    /** The format an API caller names, in any case, with - or _ ({@code conll-bio}); a UserError listing the valid ones. */
    static CorpusFormat formatNamed(String name) {
        try {
            return CorpusFormats.named(name);
        } catch (UnknownFormat e) {
            throw new UserError("corpus-import.error.format", e.name(), String.join(", ", CorpusFormats.importNames()));
        }
    }
}
