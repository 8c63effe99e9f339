package org.tawsim.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.layer.event.DocumentEvent;
import org.tawsim.annotation.layer.event.EventLog;
import org.tawsim.annotation.layer.event.LoggedEvent;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.DocumentSummary;
import org.tawsim.project.ProjectService;

/**
 * Who imported a document, and who changed which span or chain of it and when, for the project's leads (and
 * admins). Annotators never see it: the history names every annotator and what they marked, which the rules
 * keep from each other.
 */
@Service
public class AuditService {

    private final EventLog events;
    private final AuditRepository repository;
    private final DocumentService documents;
    private final ProjectService projects;

    AuditService(EventLog events, AuditRepository repository, DocumentService documents, ProjectService projects) {
        this.events = events;
        this.repository = repository;
        this.documents = documents;
        this.projects = projects;
    }

    /** @param annotatorId only this annotator's changes, or null for everyone's */
    public List<HistoryEntry> history(UserAccount lead, long documentId, Long annotatorId) {
        requireLead(lead, documentId);
        List<LoggedEvent> logged = madeBySomeone(documentId, annotatorId);
        Map<Long, AuditRepository.Names> names = repository.names(logged.stream().map(LoggedEvent::actorId).distinct().toList());
        return logged.stream().map(e -> entry(e, names.get(e.actorId()))).toList();
    }

    /** Everyone who changed the document at least once (user id → login), for filtering the history. */
    public Map<Long, String> annotators(UserAccount lead, long documentId) {
        requireLead(lead, documentId);
        Map<Long, String> annotators = new LinkedHashMap<>();
        List<LoggedEvent> logged = madeBySomeone(documentId, null);
        Map<Long, AuditRepository.Names> names = repository.names(logged.stream().map(LoggedEvent::actorId).distinct().toList());
        logged.forEach(e -> annotators.putIfAbsent(e.actorId(), names.get(e.actorId()).login()));
        return annotators;
    }

    private List<LoggedEvent> madeBySomeone(long documentId, Long actorId) {
        return events.ofDocument(documentId, actorId).stream().filter(e -> Objects.nonNull(e.actorId())).toList();
    }

    private void requireLead(UserAccount lead, long documentId) {
        DocumentSummary document = documents.summary(lead, documentId);
        projects.requireLead(lead, document.projectId());
    }

    private static HistoryEntry entry(LoggedEvent logged, AuditRepository.Names actor) {
        ImportedFile imported = logged.event() instanceof DocumentEvent.Imported file ? HistorySummary.importedFile(file) : null;
        return new HistoryEntry(logged.id(), logged.occurredAt(), logged.actorId(), actor.login(), actor.displayName(),
                logged.kind(), HistorySummary.target(logged.event()), HistorySummary.details(logged.event()),
                HistorySummary.revision(logged.event()), imported, logged.event());
    }
}
