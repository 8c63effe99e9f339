package org.tawsim.backup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.LayerKey;
import org.tawsim.annotation.layer.LayerSnapshots;
import org.tawsim.annotation.layer.Layers;
import org.tawsim.annotation.layer.NewSpan;
import org.tawsim.backup.ProjectBackup.AssignmentEntry;
import org.tawsim.backup.ProjectBackup.DocumentEntry;
import org.tawsim.backup.ProjectBackup.LayerEntry;
import org.tawsim.backup.ProjectBackup.MemberEntry;
import org.tawsim.backup.ProjectBackup.OutcomeEntry;
import org.tawsim.backup.ProjectBackup.PredictionEntry;
import org.tawsim.backup.ProjectBackup.RejectionEntry;
import org.tawsim.backup.ProjectBackup.SpanEntry;
import org.tawsim.backup.ProjectBackup.SuggestionsEntry;
import org.tawsim.backup.ProjectBackup.UserEntry;
import org.tawsim.backup.RestoreReport.CreatedAccount;
import org.tawsim.account.RestoredAccounts;
import org.tawsim.annotation.RestoredAssignments;
import org.tawsim.corpus.DocumentStore;
import org.tawsim.project.Label;
import org.tawsim.project.RestoredProjects;
import org.tawsim.corpus.NewDocument;
import org.tawsim.base.UserError;
import org.tawsim.project.ProjectService;
import org.tawsim.suggestion.SuggestionRecords;
import org.tawsim.suggestion.prediction.Prediction;
import org.tawsim.suggestion.prediction.RestoredPredictions;
import org.tawsim.suggestion.prediction.StoredPrediction;

/**
 * Full project backups (texts, every annotator's layer, the gold layer, chains, assignments, members by login,
 * labels) and their restore as a new project, in this or another database. Leads of the project (and admins)
 * take backups; admins and leads restore.
 */
@Service
public class BackupService {

    private final BackupRepository repository;
    private final DocumentStore documents;
    private final RestoredAccounts accounts;
    private final RestoredProjects restoredProjects;
    private final RestoredAssignments assignments;
    private final ProjectService projects;
    private final Layers layers;
    private final LayerSnapshots snapshots;
    private final SuggestionRecords suggestionRecords;
    private final RestoredPredictions restoredPredictions;

    BackupService(BackupRepository repository, DocumentStore documents, RestoredAccounts accounts,
                  RestoredProjects restoredProjects, RestoredAssignments assignments, ProjectService projects, Layers layers, LayerSnapshots snapshots,
                  SuggestionRecords suggestionRecords, RestoredPredictions restoredPredictions) {
        this.repository = repository;
        this.documents = documents;
        this.accounts = accounts;
        this.restoredProjects = restoredProjects;
        this.assignments = assignments;
        this.projects = projects;
        this.layers = layers;
        this.snapshots = snapshots;
        this.suggestionRecords = suggestionRecords;
        this.restoredPredictions = restoredPredictions;
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
        return snapshots.read(reads -> repository.read(projectId, reads)).orElseThrow(() -> new UserError("project.error.missing"));
    }

    /** {@link #restoreWithReport}, for callers that need only the new project's id (one transaction too). */
    @Transactional
    public long restore(UserAccount user, ProjectBackup backup, String name) {
        return restoreWithReport(user, backup, name).projectId();
    }

    /**
     * Rebuilds the project under {@code name} (or its own name when null). People are matched by login; missing
     * accounts are created disabled and without a usable password, with at most the restoring person's system role
     * (a lead's restore creates an "admin" of the file as an annotator). Each document's text must match its
     * SHA-256 and every role, status and direction must be one of the allowed values (in any case). Who created
     * and changed each annotation is as recorded in the backup, except that a lead's restore attributes to the
     * lead the annotations the file gives to someone who is not a member of the project. All or nothing.
     */
    @Transactional
    public RestoreReport restoreWithReport(UserAccount user, ProjectBackup file, String name) {
        if (!mayRestore(user)) {
            throw new AccessDeniedException("Only admins and leads restore projects");
        }
        if (file == null || !file.complete()) {
            throw new UserError("backup.error.format");
        }
        ProjectBackup backup = RestoreCheck.checked(file);
        String projectName = name == null || name.isBlank() ? backup.name().strip() : name.strip();
        if (projectName.isEmpty() || projectName.length() > 200) {
            throw new UserError("project.error.name");
        }
        if (restoredProjects.nameTaken(projectName)) {
            throw new UserError("project.error.taken", projectName);
        }
        Map<String, Long> users = new HashMap<>();
        List<CreatedAccount> created = new ArrayList<>();
        for (UserEntry entry : backup.users()) {
            Optional<Long> existing = accounts.idOf(entry.login());
            if (existing.isPresent()) {
                users.put(entry.login(), existing.get());
            } else {
                String role = roleFor(user, entry.systemRole());
                users.put(entry.login(), accounts.createDisabled(entry.login(), entry.displayName(), role));
                created.add(new CreatedAccount(entry.login(), role, role.equals(entry.systemRole()) ? null : entry.systemRole()));
            }
        }
        Creators creators = new Creators(user, backup.members());
        long projectId = restoredProjects.create(projectName, backup.description(), backup.annotatorsSeeEachOther(), user.id());
        backup.labels().forEach(label -> restoredProjects.addLabel(projectId, new Label(label.name(), label.colour(), label.hotkey(), label.position(),
                label.displayEn(), label.displayAr(), label.guideline() == null ? "" : label.guideline())));
        for (MemberEntry member : backup.members()) {
            restoredProjects.addMember(projectId, id(users, member.login()), member.role());
        }
        Map<String, Long> documentIds = new HashMap<>();
        for (DocumentEntry document : backup.documents()) {
            long documentId = documents.insert(projectId, new NewDocument(document.externalId(), document.title(),
                    document.text(), document.sourceFile()), document.language(), document.direction());
            documentIds.put(document.externalId(), documentId);
            for (AssignmentEntry assignment : document.assignments()) {
                assignments.add(projectId, documentId, id(users, assignment.annotator()), assignment.status(),
                        assignment.assignedAt(), assignment.startedAt(), assignment.finishedAt());
            }
            for (LayerEntry layer : document.layers()) {
                Long annotatorId = layer.annotator() == null ? null : id(users, layer.annotator());
                LayerKey key = annotatorId == null ? LayerKey.gold(documentId) : LayerKey.annotator(documentId, annotatorId);
                List<NewSpan> spans = new ArrayList<>();
                for (SpanEntry span : layer.spans()) {
                    spans.add(new NewSpan(span.start(), span.end(), span.label(), creators.id(users, span.createdBy()),
                            span.createdAt(), creators.id(users, span.updatedBy()), span.updatedAt()));
                }
                for (List<Integer> chain : layer.chains()) {
                    if (chain.stream().anyMatch(index -> index == null || index < 0 || index >= spans.size())) {
                        throw new UserError("backup.error.format");
                    }
                }
                layers.load(key, projectId, layer.revision(), spans, layer.chains(), annotatorId == null ? user.id() : annotatorId);
            }
        }
        restoreSuggestions(projectId, backup.suggestionsOrNone(), documentIds, users, user);
        return new RestoreReport(projectId, List.copyOf(created), List.copyOf(creators.replaced));
    }

    /** Switches, rejected places and decisions; a document or person the file does not have is a format error. */
    private void restoreSuggestions(long projectId, SuggestionsEntry part, Map<String, Long> documentIds,
                                    Map<String, Long> users, UserAccount user) {
        part.switches().forEach((name, on) -> suggestionRecords.restoreSwitch(projectId, name, on, user.id()));
        for (RejectionEntry r : part.rejections()) {
            suggestionRecords.restoreRejection(new SuggestionRecords.Rejection(documentId(documentIds, r.document()),
                    id(users, r.annotator()), r.start(), r.end(), r.label(), r.rejectedAt()));
        }
        Map<Long, List<StoredPrediction>> predicted = new HashMap<>();
        for (PredictionEntry p : part.predictions()) {
            long documentId = documentId(documentIds, p.document());
            predicted.computeIfAbsent(documentId, k -> new ArrayList<>()).add(new StoredPrediction(documentId,
                    new Prediction(p.start(), p.end(), p.label(), p.score()), p.importedAt(), id(users, p.importedBy())));
        }
        predicted.forEach((documentId, list) -> restoredPredictions.add(projectId, documentId, list));
        for (OutcomeEntry o : part.outcomes()) {
            suggestionRecords.restoreOutcome(projectId, new SuggestionRecords.Outcome(documentId(documentIds, o.document()),
                    id(users, o.annotator()), o.recommender(), o.label(), o.accepted(), o.decidedAt()));
        }
    }

    private static long documentId(Map<String, Long> documentIds, String externalId) {
        Long id = documentIds.get(externalId);
        if (id == null) {
            throw new UserError("backup.error.format");
        }
        return id;
    }

    /** A restore creates accounts with at most the restoring person's own system role; higher ones become annotators. */
    static String roleFor(UserAccount user, String roleInBackup) {
        SystemRole wanted = SystemRole.fromDb(roleInBackup);
        return wanted.ordinal() < user.role().ordinal() ? SystemRole.ANNOTATOR.dbValue() : wanted.dbValue();
    }

    /**
     * Who a restored span names as its creator and last editor. An admin's restore keeps the file's people; a
     * lead's keeps them only when they are members of the restored project, and names the lead instead of anyone
     * else (a file could otherwise make an admin of this server the author of annotations).
     */
    private static final class Creators {
        private final UserAccount user;
        private final Set<String> members;
        private final Set<String> replaced = new TreeSet<>();

        Creators(UserAccount user, List<MemberEntry> members) {
            this.user = user;
            this.members = members.stream().map(MemberEntry::login).collect(Collectors.toSet());
        }

        long id(Map<String, Long> users, String login) {
            long recorded = BackupService.id(users, login);
            if (user.role() == SystemRole.ADMIN || members.contains(login) || recorded == user.id()) {
                return recorded;
            }
            replaced.add(login);
            return user.id();
        }
    }

    private static long id(Map<String, Long> users, String login) {
        Long id = users.get(login);
        if (id == null) {
            throw new UserError("backup.error.unknown-user", login);
        }
        return id;
    }
}
