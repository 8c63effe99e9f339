package org.tawsim.suggestion.external;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.tawsim.account.CurrentUser;

/** The project's external recommender over HTTP, for its leads: configuration, what the service did, a test call. */
@RestController
class ExternalRecommenderController {

    private final ExternalRecommenderService service;
    private final CurrentUser currentUser;

    ExternalRecommenderController(ExternalRecommenderService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @Operation(summary = "The external recommender: URL, whether a token is set (never the token), timeout, and the service's last success and problem (leads)")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ExternalSettings.class), examples = @ExampleObject(value = ExternalApiExamples.SETTINGS)))
    @GetMapping("/api/v1/projects/{projectId}/recommenders/external")
    ExternalSettings settings(@PathVariable long projectId, HttpServletRequest request) {
        return service.settings(currentUser.require(), projectId, RequestContextUtils.getLocale(request));
    }

    @Operation(summary = "Configure the external recommender (leads)",
            description = "url: absolute http:// or https:// (400 external.url.invalid otherwise). token: absent or null keeps "
                    + "the stored one, \"\" removes it; it is never answered back. timeoutSeconds: 1 to 30 (3 at first). "
                    + "Switch it on with PUT /recommenders {\"external\":{\"enabled\":true}}.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ExternalSettingsChange.class), examples = @ExampleObject(value = ExternalApiExamples.CHANGE))))
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ExternalSettings.class), examples = @ExampleObject(value = ExternalApiExamples.SETTINGS)))
    @PutMapping("/api/v1/projects/{projectId}/recommenders/external")
    ExternalSettings update(@PathVariable long projectId, @RequestBody ExternalSettingsChange change, HttpServletRequest request) {
        return service.update(currentUser.require(), projectId, change, RequestContextUtils.getLocale(request));
    }

    @Operation(summary = "Call the external service once on a short sample text and say what happened (leads)",
            description = "200 whatever the service did: ok is false with the problem when it failed. Recorded like any call.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ConnectionTest.class),
            examples = {@ExampleObject(name = "answered", value = ExternalApiExamples.TEST_OK), @ExampleObject(name = "timed out", value = ExternalApiExamples.TEST_FAILED)}))
    @PostMapping("/api/v1/projects/{projectId}/recommenders/external/test")
    ConnectionTest test(@PathVariable long projectId, HttpServletRequest request) {
        return service.test(currentUser.require(), projectId, RequestContextUtils.getLocale(request));
    }
}
