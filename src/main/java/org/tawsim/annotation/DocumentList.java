package org.tawsim.annotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.Layers;
import org.tawsim.base.UserError;
import org.tawsim.project.Member;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;

/**
 * A project's documents, a page at a time, with each annotator's status and span count, for members. Leads,
 * admins and viewers see every annotator's work; an annotator only their own (blind annotation).
 */
@Service
public class DocumentList {

    public static final int MAX_PAGE_SIZE = 500;

    private final DocumentListRepository repository;
    private final Layers layers;
    private final ProjectService projects;

    DocumentList(DocumentListRepository repository, Layers layers, ProjectService projects) {
        this.repository = repository;
        this.layers = layers;
        this.projects = projects;
    }

    /**
     * @param status    only documents with an assignment of this status (new, in_progress, done; any case), or null
     * @param annotator only documents assigned to this member (login), or null
     */
    @Transactional(readOnly = true)
    public DocumentListPage page(UserAccount user, long projectId, String status, String annotator, int page, int size) {
        projects.requireMember(user, projectId);
        if (page < 0) {
            throw new UserError("request.parameter.invalid", "page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new UserError("document-list.error.size", MAX_PAGE_SIZE);
        }
        String statusValue = status == null || status.isBlank() ? null : statusValue(status);
        Long annotatorId = annotator == null || annotator.isBlank() ? null : memberId(user, projectId, annotator.strip());
        Long onlyOwn = seesEveryone(user, projectId) ? null : user.id();
        if (onlyOwn != null && annotatorId != null && !annotatorId.equals(onlyOwn)) {
            throw new AccessDeniedException("Annotators filter by their own assignments only");
        }
        if (onlyOwn != null && statusValue != null) {
            annotatorId = onlyOwn; // another annotator's status is theirs to know
        }
        long total = repository.count(projectId, statusValue, annotatorId);
        List<DocumentListRepository.Row> rows = repository.page(projectId, statusValue, annotatorId, page, size);
        Map<Long, List<DocumentListEntry.AnnotatorWork>> work = new HashMap<>();
        if (!rows.isEmpty()) {
            List<Long> ids = rows.stream().map(DocumentListRepository.Row::id).toList();
            repository.work(ids, onlyOwn, layers.work(ids, onlyOwn)).forEach(w ->
                    work.computeIfAbsent(w.documentId(), id -> new ArrayList<>()).add(new DocumentListEntry.AnnotatorWork(
                            w.login(), w.status(), w.spans(), w.updatedAt())));
        }
        return new DocumentListPage(page, size, total, rows.stream().map(r -> new DocumentListEntry(r.id(),
                r.externalId(), r.title(), r.length(), work.getOrDefault(r.id(), List.of()))).toList());
    }

    private boolean seesEveryone(UserAccount user, long projectId) {
        if (user.role() == SystemRole.ADMIN) {
            return true;
        }
        Optional<ProjectRole> role = projects.role(user, projectId);
        return role.filter(r -> r == ProjectRole.LEAD || r == ProjectRole.VIEWER).isPresent();
    }

    private static String statusValue(String status) {
        try {
            return AssignmentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)).dbValue();
        } catch (IllegalArgumentException e) {
            throw new UserError("document-list.error.status", status.strip(), "new, in_progress, done");
        }
    }

    private long memberId(UserAccount user, long projectId, String login) {
        Map<String, Long> members = projects.members(user, projectId).stream()
                .collect(Collectors.toMap(Member::login, Member::userId));
        Long id = members.get(login);
        if (id == null) {
            throw new UserError("document-list.error.annotator", login);
        }
        return id;
    }
}
