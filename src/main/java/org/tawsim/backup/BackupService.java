package org.tawsim.backup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.backup.ProjectBackup.AssignmentEntry;
import org.tawsim.backup.ProjectBackup.DocumentEntry;
import org.tawsim.backup.ProjectBackup.LayerEntry;
import org.tawsim.backup.ProjectBackup.MemberEntry;
import org.tawsim.backup.ProjectBackup.SpanEntry;
import org.tawsim.backup.ProjectBackup.UserEntry;
import org.tawsim.base.UserError;
import org.tawsim.project.ProjectService;

/**
 * Full project backups (texts, every annotator's layer, the gold layer, chains, assignments, members by login,
 * labels) and their restore as a new project, in this or another database. Leads of the project (and admins)
 * take backups; admins and leads restore.
 */
@Service
public class BackupService {

    private final BackupRepository repository;
    private final ProjectService projects;

    BackupService(BackupRepository repository, ProjectService projects) {
        this.repository = repository;
        this.projects = projects;
    }

    /** The same rule as {@link #backup}: leads of the project, by their project role, and admins. */
    public boolean mayBackUp(UserAccount user, long projectId) {
        return projects.canManage(user, projectId);
    }

    /** A restore creates a project, so it takes who may create one: admins and leads by system role. */
    public boolean mayRestore(UserAccount user) {
        return user.role() == SystemRole.ADMIN || user.role() == SystemRole.LEAD;
    }

    public ProjectBackup backup(UserAccount lead, long projectId) {
        projects.requireLead(lead, projectId);
        return repository.read(projectId).orElseThrow(() -> new UserError("project.error.missing"));
    }

    /**
     * Rebuilds the project under {@code name} (or its own name when null). People are matched by login; missing
     * accounts are created disabled and without a usable password. All or nothing.
     *
     * @return the new project's id
     */
    @Transactional
    public long restore(UserAccount user, ProjectBackup backup, String name) {
        if (!mayRestore(user)) {
            throw new AccessDeniedException("Only admins and leads restore projects");
        }
        if (backup == null || !backup.complete()) {
            throw new UserError("backup.error.format");
        }
        String projectName = name == null || name.isBlank() ? backup.name().strip() : name.strip();
        if (projectName.isEmpty() || projectName.length() > 200) {
            throw new UserError("project.error.name");
        }
        if (repository.projectNameTaken(projectName)) {
            throw new UserError("project.error.taken", projectName);
        }
        Map<String, Long> users = new HashMap<>();
        for (UserEntry entry : backup.users()) {
            users.put(entry.login(), repository.userId(entry.login()).orElseGet(() -> repository.insertDisabledUser(entry)));
        }
        long projectId = repository.insertProject(projectName, backup.description(), backup.annotatorsSeeEachOther(), user.id());
        backup.labels().forEach(label -> repository.insertLabel(projectId, label));
        for (MemberEntry member : backup.members()) {
            repository.insertMember(projectId, id(users, member.login()), member.role());
        }
        for (DocumentEntry document : backup.documents()) {
            long documentId = repository.insertDocument(projectId, document);
            for (AssignmentEntry assignment : document.assignments()) {
                repository.insertAssignment(projectId, documentId, id(users, assignment.annotator()), assignment);
            }
            for (LayerEntry layer : document.layers()) {
                Long annotatorId = layer.annotator() == null ? null : id(users, layer.annotator());
                repository.insertLayer(documentId, annotatorId, layer.revision());
                List<Long> spanIds = new ArrayList<>();
                for (SpanEntry span : layer.spans()) {
                    spanIds.add(repository.insertSpan(projectId, documentId, annotatorId, span, id(users, span.createdBy()),
                            id(users, span.updatedBy())));
                }
                for (List<Integer> chain : layer.chains()) {
                    long chainId = repository.insertChain(documentId, annotatorId, annotatorId == null ? user.id() : annotatorId);
                    for (int index : chain) {
                        if (index < 0 || index >= spanIds.size()) {
                            throw new UserError("backup.error.format");
                        }
                        repository.insertChainMember(chainId, spanIds.get(index), documentId);
                    }
                }
            }
        }
        return projectId;
    }

    private static long id(Map<String, Long> users, String login) {
        Long id = users.get(login);
        if (id == null) {
            throw new UserError("backup.error.unknown-user", login);
        }
        return id;
    }
}
