package org.tawsim.project;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;

/**
 * Projects with the caller's role and their document counts, for the HTTP API; creation and changes go through
 * {@link ProjectService}, under the same rules as the Projects page.
 */
@Service
public class ProjectOverviews {

    private final ProjectService projects;
    private final ProjectRepository repository;

    ProjectOverviews(ProjectService projects, ProjectRepository repository) {
        this.projects = projects;
        this.repository = repository;
    }

    /** The projects the user may open (all for an admin), in three queries whatever their number. */
    public List<ProjectOverview> visibleTo(UserAccount user) {
        return overviews(user, projects.visibleTo(user));
    }

    /** One project; an id that does not exist is refused like another project's, even for an admin. */
    public ProjectOverview get(UserAccount user, long projectId) {
        projects.requireMember(user, projectId);
        Project project = repository.findById(projectId).orElseThrow(() -> new AccessDeniedException("No project " + projectId));
        return overviews(user, List.of(project)).get(0);
    }

    @Transactional
    public ProjectOverview create(UserAccount creator, String name, String description) {
        return get(creator, projects.create(creator, name, description).id());
    }

    /** Changes what the request names (null leaves it); name rules as for a new project. */
    @Transactional
    public ProjectOverview update(UserAccount lead, long projectId, String name, String description, Boolean sharing) {
        projects.requireLead(lead, projectId);
        Project project = repository.findById(projectId).orElseThrow(() -> new AccessDeniedException("No project " + projectId));
        String newName = name == null ? project.name() : ProjectService.validName(name);
        if (!newName.equalsIgnoreCase(project.name()) && repository.nameTakenByAnother(newName, projectId)) {
            throw new UserError("project.error.taken", newName);
        }
        String newDescription = description == null ? project.description() : description.strip();
        if (!newName.equals(project.name()) || !newDescription.equals(project.description())) {
            repository.update(projectId, newName, newDescription);
        }
        if (sharing != null) {
            projects.setAnnotatorsSeeEachOther(lead, projectId, sharing);
        }
        return get(lead, projectId);
    }

    private List<ProjectOverview> overviews(UserAccount user, List<Project> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(Project::id).toList();
        Map<Long, Integer> counts = repository.documentCounts(ids);
        Map<Long, ProjectRole> roles = repository.roles(user.id(), ids);
        Map<Long, Boolean> sharing = repository.sharing(ids);
        return list.stream().map(p -> new ProjectOverview(p.id(), p.name(), p.description(),
                roles.containsKey(p.id()) ? roles.get(p.id()).dbValue() : null, counts.getOrDefault(p.id(), 0),
                sharing.getOrDefault(p.id(), false), p.createdAt())).toList();
    }
}
