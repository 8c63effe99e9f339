package org.tawsim.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.base.UserError;

/**
 * The caller's own API tokens, as on My account: created (the secret shown once), listed without secrets, revoked.
 * Another account's token id is refused like an id that does not exist.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens", description = "The caller's personal API tokens: read (GET and HEAD only) or write.")
class TokenController {

    record NewToken(String name, String scope) {
    }

    record CreatedToken(long id, String name, String scope, String token) {
    }

    record Token(long id, String name, String scope, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

        static Token of(ApiToken token) {
            return new Token(token.id(), token.name(), token.scope().dbValue(), token.createdAt(), token.lastUsedAt(),
                    token.revokedAt());
        }
    }

    private final ApiTokenService tokens;
    private final CurrentUser currentUser;

    TokenController(ApiTokenService tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Create an API token for the caller",
            description = "scope: read (default; GET and HEAD only, anything else is a 403 token.scope.read) or write."
                    + " The token is in this answer only; send it as Authorization: Bearer <token>.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = NewToken.class), examples = @ExampleObject(
                    value = "{\"name\":\"training pipeline\",\"scope\":\"read\"}"))))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = CreatedToken.class), examples = @ExampleObject(value = "{\"id\":12,"
            + "\"name\":\"training pipeline\",\"scope\":\"read\",\"token\":\"tawsim_Q2xhc2ggb2YgdGhlIHRpdGFucyBpbiBEYXJhYQ8z\"}")))
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken create(@RequestBody NewToken request) {
        TokenScope scope = request.scope() == null ? TokenScope.READ
                : TokenScope.parse(request.scope()).orElseThrow(() -> new UserError("token.error.scope"));
        ApiTokenService.CreatedToken created = tokens.create(currentUser.require(), request.name(), scope);
        return new CreatedToken(created.token().id(), created.token().name(), scope.dbValue(), created.secret());
    }

    @Operation(summary = "The caller's API tokens, newest first (without their secrets)")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = Token.class)), examples = @ExampleObject(value = "[{\"id\":12,"
            + "\"name\":\"training pipeline\",\"scope\":\"read\",\"createdAt\":\"2026-12-01T09:30:00Z\","
            + "\"lastUsedAt\":\"2026-12-04T07:02:11Z\",\"revokedAt\":null}]")))
    @GetMapping
    List<Token> list() {
        return tokens.list(currentUser.require()).stream().map(Token::of).toList();
    }

    @Operation(summary = "Revoke one of the caller's API tokens",
            description = "At once; revoking a revoked token again is fine. An id that is not one of the caller's tokens"
                    + " is a 403 access.denied.")
    @ApiResponse(responseCode = "204", description = "Revoked (no body)")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        tokens.revokeOwn(currentUser.require(), id);
    }
}
