package org.tawsim.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.tawsim.base.UserError;

/**
 * Accounts over HTTP, for admins: the admin page's rules through the same services (an account made here gets a
 * one-time password, to be changed at its first login; disabling ends its sessions and tokens at once). Logins
 * are named in any letter case.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Accounts", description = "Admins create, list and change accounts and reset passwords.")
class UserController {

    record NewUser(String login, String displayName, String role) {
    }

    record UserChange(String displayName, String role, Boolean enabled) {
    }

    record User(String login, String displayName, String role, boolean enabled, boolean mustChangePassword) {

        static User of(UserAccount account) {
            return new User(account.login(), account.displayName(), account.role().dbValue(), account.enabled(),
                    account.mustChangePassword());
        }
    }

    record CreatedUser(String login, String displayName, String role, boolean enabled, String oneTimePassword) {
    }

    record PasswordReset(String login, String oneTimePassword) {
    }

    private final AccountService accounts;
    private final PasswordService passwords;
    private final CurrentUser currentUser;

    UserController(AccountService accounts, PasswordService passwords, CurrentUser currentUser) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Create an account with a one-time password (admin)",
            description = "role: admin, lead, annotator (default) or viewer. The one-time password is shown once and must"
                    + " be changed at the first login. A login taken in any letter case is a 409 account.error.taken.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = NewUser.class), examples = @ExampleObject(
                    value = "{\"login\":\"salma\",\"displayName\":\"سلمى\",\"role\":\"annotator\"}"))))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = CreatedUser.class), examples = @ExampleObject(value = "{\"login\":\"salma\","
            + "\"displayName\":\"سلمى\",\"role\":\"annotator\",\"enabled\":true,\"oneTimePassword\":\"Kq7m-Xv3R-p9Tz-W2hN\"}")))
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedUser create(@RequestBody NewUser request) {
        UserAccount admin = admin();
        SystemRole role = request.role() == null ? SystemRole.ANNOTATOR : role(request.role());
        String oneTime = PasswordService.oneTimePassword();
        UserAccount created = accounts.createByAdmin(admin, request.login(), oneTime, request.displayName(), role);
        return new CreatedUser(created.login(), created.displayName(), created.role().dbValue(), created.enabled(), oneTime);
    }

    @Operation(summary = "Every account (admin)")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = User.class)), examples = @ExampleObject(value = "[{\"login\":"
            + "\"admin\",\"displayName\":\"Administrator\",\"role\":\"admin\",\"enabled\":true,\"mustChangePassword\":false},"
            + "{\"login\":\"salma\",\"displayName\":\"سلمى\",\"role\":\"annotator\",\"enabled\":true,\"mustChangePassword\":true}]")))
    @GetMapping
    List<User> list() {
        admin();
        return accounts.all().stream().map(User::of).toList();
    }

    @Operation(summary = "Rename an account, change its role, enable or disable it (admin)",
            description = "Fields left out stay as they are. Disabling ends the account's sessions and revokes its API"
                    + " tokens at once; a new role ends its sessions. Nobody changes their own role or switches"
                    + " themselves off (admin.error.self). An unknown login is a 400 account.error.unknown.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = UserChange.class), examples = @ExampleObject(
                    value = "{\"displayName\":\"Salma H.\",\"role\":\"lead\",\"enabled\":false}"))))
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(
            schema = @Schema(implementation = User.class), examples = @ExampleObject(value = "{\"login\":\"salma\","
            + "\"displayName\":\"Salma H.\",\"role\":\"lead\",\"enabled\":false,\"mustChangePassword\":true}")))
    @PatchMapping("/{login}")
    User update(@PathVariable String login, @RequestBody UserChange change) {
        UserAccount admin = admin();
        UserAccount account = account(login);
        SystemRole role = change.role() == null ? null : role(change.role());
        return User.of(accounts.updateByAdmin(admin, account.id(), change.displayName(), role, change.enabled()));
    }

    @Operation(summary = "Reset a password to a one-time password (admin)",
            description = "As on the admin page: the account's sessions end, its API tokens are revoked and its owner"
                    + " must choose a new password at the next login. The one-time password is shown once.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(
            schema = @Schema(implementation = PasswordReset.class), examples = @ExampleObject(
            value = "{\"login\":\"salma\",\"oneTimePassword\":\"Hn4c-Ze8Q-m2Kd-Ty6P\"}")))
    @PostMapping("/{login}/password-reset")
    PasswordReset resetPassword(@PathVariable String login) {
        UserAccount admin = admin();
        UserAccount account = account(login);
        return new PasswordReset(account.login(), passwords.reset(admin, account.id()));
    }

    /** A taken login conflicts with an existing account (409); every other rule broken is a 400, as elsewhere. */
    @ExceptionHandler(UserError.class)
    ResponseEntity<Map<String, Object>> userError(UserError e, HttpServletRequest request) {
        HttpStatus status = "account.error.taken".equals(e.messageKey()) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(Map.of("error", e.messageKey(),
                "message", e.message(RequestContextUtils.getLocale(request))));
    }

    /** Checked before anything is looked up: a non-admin learns nothing about which logins exist. */
    private UserAccount admin() {
        UserAccount me = currentUser.require();
        AccountService.requireAdmin(me);
        return me;
    }

    private UserAccount account(String login) {
        return accounts.findByLoginIgnoringCase(login).orElseThrow(() -> new UserError("account.error.unknown", login));
    }

    private static SystemRole role(String value) {
        for (SystemRole role : SystemRole.values()) {
            if (role.dbValue().equalsIgnoreCase(value.strip())) {
                return role;
            }
        }
        throw new UserError("account.error.role");
    }
}
