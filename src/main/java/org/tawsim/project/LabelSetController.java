package org.tawsim.project;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tawsim.account.CurrentUser;

/** The project's label set over HTTP: members read it, leads (and admins) replace it (see README, Label sets). */
@RestController
class LabelSetController {

    private final ProjectService projects;
    private final LabelSetService labelSets;
    private final CurrentUser currentUser;

    LabelSetController(ProjectService projects, LabelSetService labelSets, CurrentUser currentUser) {
        this.projects = projects;
        this.labelSets = labelSets;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/projects/{projectId}/labels")
    List<Label> labels(@PathVariable long projectId) {
        return projects.labels(currentUser.require(), projectId);
    }

    @PutMapping("/api/v1/projects/{projectId}/labels")
    List<Label> replace(@PathVariable long projectId, @RequestBody LabelSetEdit edit) {
        return labelSets.replace(currentUser.require(), projectId, edit);
    }
}
