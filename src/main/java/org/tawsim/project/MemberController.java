package org.tawsim.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;
import org.tawsim.base.UserError;

/** The project's members over HTTP, with the Members tab's rules (see docs/assignments.md). */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/members")
@Tag(name = "Members", description = "Who belongs to a project and in which role; leads add, change and remove members.")
class MemberController {

    record MemberRole(String role) {
    }

    record MemberJson(String login, String displayName, String role) {

        static MemberJson of(Member member) {
            return new MemberJson(member.login(), member.displayName(), member.role().dbValue());
        }
    }

    private final ProjectService projects;
    private final CurrentUser currentUser;

    MemberController(ProjectService projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @Operation(summary = "The project's members (any member of the project, admins)",
            description = "Removed members are not listed: they no longer open the project (their work stays).")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = MemberJson.class)), examples = @ExampleObject(value =
            "[{\"login\":\"lead\",\"displayName\":\"Lead\",\"role\":\"lead\"},"
                    + "{\"login\":\"salma\",\"displayName\":\"سلمى\",\"role\":\"annotator\"}]")))
    @GetMapping
    List<MemberJson> members(@PathVariable long projectId) {
        return projects.members(currentUser.require(), projectId).stream().map(MemberJson::of).toList();
    }

    @Operation(summary = "Add a member or change their role (project lead, admin)",
            description = "role: annotator, lead or viewer (any letter case). Adding a removed member again gives them"
                    + " back their work. An unknown login is a 400 project.error.no-such-user; the project's last lead"
                    + " cannot become annotator or viewer (400 project.member.error.last-lead).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = MemberRole.class),
                    examples = @ExampleObject(value = "{\"role\":\"annotator\"}"))))
    @ApiResponse(responseCode = "200", description = "The member as stored", content = @Content(
            schema = @Schema(implementation = MemberJson.class),
            examples = @ExampleObject(value = "{\"login\":\"salma\",\"displayName\":\"سلمى\",\"role\":\"annotator\"}")))
    @PutMapping("/{login}")
    MemberJson put(@PathVariable long projectId, @PathVariable String login, @RequestBody MemberRole body) {
        var user = currentUser.require();
        projects.requireLead(user, projectId);
        return MemberJson.of(projects.addMember(user, projectId, login, role(body.role())));
    }

    @Operation(summary = "Remove a member (project lead, admin)",
            description = "They can no longer open the project; nothing of theirs is deleted: their assignments, layers"
                    + " and spans stay, read-only, in agreement, curation and exports. Removing a removed member again"
                    + " is a 204; someone who never was a member is a 400 project.member.error.not-member.")
    @ApiResponse(responseCode = "204", description = "Removed (no body)")
    @DeleteMapping("/{login}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long projectId, @PathVariable String login) {
        projects.removeMember(currentUser.require(), projectId, login);
    }

    private static ProjectRole role(String value) {
        String clean = value == null ? "" : value.strip();
        return Arrays.stream(ProjectRole.values()).filter(r -> r.dbValue().equalsIgnoreCase(clean)).findFirst()
                .orElseThrow(() -> new UserError("project.member.error.role", clean));
    }
}
