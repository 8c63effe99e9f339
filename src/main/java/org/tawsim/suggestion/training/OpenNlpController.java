package org.tawsim.suggestion.training;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;
import org.tawsim.base.UserError;

/** The project's OpenNLP recommender over HTTP, for leads: its state and held-out figures, and a new training. */
@RestController
class OpenNlpController {

    private final ModelTraining training;
    private final CurrentUser currentUser;

    OpenNlpController(ModelTraining training, CurrentUser currentUser) {
        this.training = training;
        this.currentUser = currentUser;
    }

    @Operation(summary = "The OpenNLP recommender: state, training progress, and per-label precision/recall/F1 on held-out curated documents",
            description = "Figures without data are null (n/a). message is translated after Accept-Language, messageKey is stable. "
                    + "Reading starts nothing: while the recommender is switched on, curating a document starts a training by "
                    + "itself when untilNextTraining reaches 0. 403 for anyone but the project's leads.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ModelTrainingStatus.class), examples = @ExampleObject(value = OpenNlpApiExamples.STATUS)))
    @GetMapping("/api/v1/projects/{projectId}/recommenders/opennlp")
    ModelTrainingStatus status(@PathVariable long projectId, Locale locale) {
        return training.status(currentUser.require(), projectId, locale);
    }

    @Operation(summary = "Train the OpenNLP recommender now, in the background, on the project's curated gold",
            description = "202 with the state; if a training is already running or queued, that one stands. Too little gold ends "
                    + "in state failed with messageKey opennlp.message.too-few-documents or opennlp.message.too-few-spans; the model in use (if any) stays.")
    @ApiResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = ModelTrainingStatus.class), examples = @ExampleObject(value = OpenNlpApiExamples.TRAINING)))
    @PostMapping("/api/v1/projects/{projectId}/recommenders/opennlp/train")
    ResponseEntity<ModelTrainingStatus> train(@PathVariable long projectId, Locale locale) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(training.train(currentUser.require(), projectId, locale));
    }

    /** The lead's option: {@code {"trainOnAgreement": true}}. */
    record Options(Boolean trainOnAgreement) {
    }

    @Operation(summary = "Allow the OpenNLP recommender to learn also from documents all their annotators agree on (leads)",
            description = "Body {\"trainOnAgreement\": true|false}; it counts from the next training. Agreed = at least two annotators, "
                    + "all done, the same spans (start, end, label); a curated document's gold always wins. Answers the state.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Options.class),
                    examples = @ExampleObject(value = OpenNlpApiExamples.OPTIONS))))
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ModelTrainingStatus.class), examples = @ExampleObject(value = OpenNlpApiExamples.STATUS)))
    @PutMapping("/api/v1/projects/{projectId}/recommenders/opennlp")
    ModelTrainingStatus options(@PathVariable long projectId, @RequestBody Options options, Locale locale) {
        if (options == null || options.trainOnAgreement() == null) {
            throw new UserError("request.field.invalid", "trainOnAgreement");
        }
        return training.setTrainOnAgreement(currentUser.require(), projectId, options.trainOnAgreement(), locale);
    }
}
