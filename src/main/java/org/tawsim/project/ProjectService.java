package org.tawsim.project;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.AccountService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.event.EventLog;
import org.tawsim.annotation.layer.event.MemberEvent;
import org.tawsim.annotation.layer.event.ProjectEvent;
import org.tawsim.base.UserError;

/** Projects, their label sets and members. Every call states who asks, and is checked. */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final LabelRepository labels;
    private final AccountService accounts;
    private final EventLog events;

    ProjectService(ProjectRepository projects, LabelRepository labels, AccountService accounts, EventLog events) {
        this.projects = projects;
        this.labels = labels;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    public Project create(UserAccount creator, String name, String description) {
        if (creator.role() != SystemRole.ADMIN && creator.role() != SystemRole.LEAD) {
            throw new AccessDeniedException("Only admins and leads create projects");
        }
        String cleanName = validName(name);
        if (projects.nameTaken(cleanName)) {
            throw new UserError("project.error.taken", cleanName);
        }
        long id = projects.insert(cleanName, description == null ? "" : description.strip(), creator.id());
        Label.DEFAULTS.forEach(label -> labels.insert(id, label));
        projects.upsertMember(id, creator.id(), ProjectRole.LEAD);
        return projects.findById(id).orElseThrow();
    }

    /** A project name stripped of surrounding blanks: 1 to 200 characters. */
    static String validName(String name) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw new UserError("project.error.name");
        }
        return cleanName;
    }

    public Optional<Project> findByName(String name) {
        return projects.findByName(name);
    }

    /** Projects the user may open: all of them for an admin, otherwise those they belong to. */
    public List<Project> visibleTo(UserAccount user) {
        return user.role() == SystemRole.ADMIN ? projects.findAll() : projects.findForMember(user.id());
    }

    public Project get(UserAccount user, long projectId) {
        requireMember(user, projectId);
        return projects.findById(projectId).orElseThrow(() -> new UserError("project.error.missing"));
    }

    public List<Label> labels(UserAccount user, long projectId) {
        requireMember(user, projectId);
        return projects.labels(projectId);
    }

    /** The members who may open the project (removed members are not among them). */
    public List<Member> members(UserAccount user, long projectId) {
        requireMember(user, projectId);
        return projects.members(projectId, false);
    }

    /** Members a lead removed: they no longer open the project, their work stays in agreement and exports. */
    public List<Member> removedMembers(UserAccount lead, long projectId) {
        requireLead(lead, projectId);
        return projects.members(projectId, true);
    }

    /** Everyone whose annotations count for the project: its annotators and the annotators removed from it. */
    public List<Member> annotatorsWithWork(UserAccount lead, long projectId) {
        requireLead(lead, projectId);
        return Stream.concat(projects.members(projectId, false).stream(), projects.members(projectId, true).stream())
                .filter(m -> m.role() == ProjectRole.ANNOTATOR)
                .sorted(Comparator.comparing(Member::login)).toList();
    }

    /**
     * Adds a member, changes a member's role, or takes a removed member back with their work; logged as
     * {@code member.added} or {@code member.role.changed}. The project's last lead cannot stop being a lead.
     */
    @Transactional
    public Member addMember(UserAccount lead, long projectId, String login, ProjectRole role) {
        requireLead(lead, projectId);
        if (role == null) {
            throw new UserError("project.member.error.role");
        }
        UserAccount member = account(login);
        Optional<ProjectRole> before = projects.role(projectId, member.id());
        if (before.filter(r -> r == role).isPresent()) {
            return find(projectId, member.id());
        }
        if (before.filter(r -> r == ProjectRole.LEAD).isPresent()) {
            requireAnotherLead(projectId, member.id());
        }
        projects.upsertMember(projectId, member.id(), role);
        String was = before.map(ProjectRole::dbValue).orElse(null);
        events.appendToProject(lead.id(), projectId, before.isPresent()
                ? new MemberEvent.RoleChanged(member.login(), was, role.dbValue())
                : new MemberEvent.Added(member.login(), was, role.dbValue()));
        return find(projectId, member.id());
    }

    /**
     * Removes a member: they can no longer open the project, and nothing of theirs is deleted (their assignments,
     * layers and spans stay, read-only, in agreement, curation and exports). Removing someone already removed
     * changes nothing; the project's last lead cannot be removed. Logged as {@code member.removed}.
     */
    @Transactional
    public void removeMember(UserAccount lead, long projectId, String login) {
        requireLead(lead, projectId);
        UserAccount member = account(login);
        Optional<ProjectRole> role = projects.role(projectId, member.id());
        if (role.isEmpty()) {
            if (projects.wasRemoved(projectId, member.id())) {
                return;
            }
            throw new UserError("project.member.error.not-member", member.login());
        }
        if (role.get() == ProjectRole.LEAD) {
            requireAnotherLead(projectId, member.id());
        }
        projects.markRemoved(projectId, member.id(), lead.id());
        events.appendToProject(lead.id(), projectId, new MemberEvent.Removed(member.login(), role.get().dbValue(), null));
    }

    private UserAccount account(String login) {
        String clean = login == null ? "" : login.strip();
        return accounts.findByLogin(clean).orElseThrow(() -> new UserError("project.error.no-such-user", clean));
    }

    private Member find(long projectId, long userId) {
        return projects.members(projectId, false).stream().filter(m -> m.userId() == userId).findFirst().orElseThrow();
    }

    private void requireAnotherLead(long projectId, long userId) {
        boolean another = projects.members(projectId, false).stream()
                .anyMatch(m -> m.role() == ProjectRole.LEAD && m.userId() != userId);
        if (!another) {
            throw new UserError("project.member.error.last-lead");
        }
    }

    /** Whether annotators assigned to the same document may read each other's layers (blind annotation when false). */
    public boolean annotatorsSeeEachOther(UserAccount user, long projectId) {
        requireMember(user, projectId);
        return projects.annotatorsSeeEachOther(projectId);
    }

    /** Leads of the project (by project role) and admins turn sharing on or off; the change is logged. */
    @Transactional
    public void setAnnotatorsSeeEachOther(UserAccount lead, long projectId, boolean allowed) {
        requireLead(lead, projectId);
        if (projects.annotatorsSeeEachOther(projectId) == allowed) {
            return;
        }
        projects.setAnnotatorsSeeEachOther(projectId, allowed);
        events.appendToProject(lead.id(), projectId, new ProjectEvent.SharingChanged(allowed));
    }

    public Optional<ProjectRole> role(UserAccount user, long projectId) {
        return projects.role(projectId, user.id());
    }

    /**
     * Whether the user holds one of these roles in some project (admins always do). Pages that serve several
     * projects (agreement, exports) open on this: it is the project role that counts, not the system role.
     */
    public boolean holdsRoleInAnyProject(UserAccount user, ProjectRole... roles) {
        return user.role() == SystemRole.ADMIN || projects.holdsAnyRole(user.id(), List.of(roles));
    }

    public boolean canManage(UserAccount user, long projectId) {
        return user.role() == SystemRole.ADMIN || role(user, projectId).filter(r -> r == ProjectRole.LEAD).isPresent();
    }

    public void requireLead(UserAccount user, long projectId) {
        if (!canManage(user, projectId)) {
            throw new AccessDeniedException("Not a lead of project " + projectId);
        }
    }

    public void requireMember(UserAccount user, long projectId) {
        if (user.role() != SystemRole.ADMIN && role(user, projectId).isEmpty()) {
            throw new AccessDeniedException("Not a member of project " + projectId);
        }
    }
}
