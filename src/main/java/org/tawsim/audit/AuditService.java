package org.tawsim.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.tawsim.account.UserAccount;
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

    private final AuditRepository repository;
    private final DocumentService documents;
    private final ProjectService projects;
    private final ObjectMapper json;

    AuditService(AuditRepository repository, DocumentService documents, ProjectService projects, ObjectMapper json) {
        this.repository = repository;
        this.documents = documents;
        this.projects = projects;
        this.json = json;
    }

    /** @param annotatorId only this annotator's changes, or null for everyone's */
    public List<HistoryEntry> history(UserAccount lead, long documentId, Long annotatorId) {
        requireLead(lead, documentId);
        List<HistoryEntry> entries = new ArrayList<>();
        for (HistoryEvent event : repository.events(documentId, annotatorId)) {
            entries.add(entry(event));
        }
        return entries;
    }

    /** Everyone who changed the document at least once (user id → login), for filtering the history. */
    public Map<Long, String> annotators(UserAccount lead, long documentId) {
        requireLead(lead, documentId);
        Map<Long, String> annotators = new LinkedHashMap<>();
        repository.events(documentId, null).forEach(e -> annotators.putIfAbsent(e.actorId(), e.actorLogin()));
        return annotators;
    }

    private void requireLead(UserAccount lead, long documentId) {
        DocumentSummary document = documents.summary(lead, documentId);
        projects.requireLead(lead, document.projectId());
    }

    private HistoryEntry entry(HistoryEvent event) {
        JsonNode payload;
        try {
            payload = json.readTree(event.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable event " + event.id(), e);
        }
        String target;
        String details;
        ImportedFile imported = null;
        switch (event.kind()) {
            case "document.imported" -> {
                imported = imported(payload);
                target = "";
                details = describe(imported);
            }
            case "span.created" -> {
                target = "span " + payload.path("id").asLong();
                details = span(payload);
            }
            case "span.updated" -> {
                target = "span " + payload.path("id").asLong();
                details = span(payload.path("before")) + " → " + span(payload.path("after"));
            }
            case "span.deleted", "span.restored" -> {
                target = "span " + payload.path("id").asLong();
                details = span(payload.path("span")) + (payload.path("chain").isNumber()
                        ? ", chain " + payload.path("chain").asLong() : "");
            }
            case "chain.moved" -> {
                target = payload.path("resultChain").isNumber() ? "chain " + payload.path("resultChain").asLong() : "chains";
                List<String> moves = new ArrayList<>();
                for (JsonNode move : payload.path("moves")) {
                    JsonNode chain = move.path("chainId");
                    moves.add("span " + move.path("spanId").asLong() + " → "
                            + (chain.isNumber() && chain.asLong() >= 0 ? "chain " + chain.asLong()
                            : chain.isNumber() ? "new chain" : "no chain"));
                }
                details = String.join(", ", moves);
            }
            case "label.renamed", "label.relabelled" -> {
                target = payload.path("spans").asInt() + " spans";
                details = payload.path("before").asText() + " → " + payload.path("after").asText();
            }
            case "document.renamed" -> {
                target = "";
                details = payload.path("before").asText() + " → " + payload.path("after").asText();
            }
            case "assignment.added", "assignment.removed" -> {
                target = "";
                details = payload.path("annotator").asText();
            }
            case "assignment.done", "assignment.reopened" -> {
                target = "";
                details = "";
            }
            case "chain.deleted" -> {
                target = "chain " + payload.path("id").asLong();
                details = "";
            }
            default -> {
                target = "";
                details = event.payload();
            }
        }
        return new HistoryEntry(event.id(), event.occurredAt(), event.actorId(), event.actorLogin(), event.actorName(),
                event.kind(), target, details, payload.path("revision").asLong(), imported);
    }

    private static ImportedFile imported(JsonNode payload) {
        List<ImportedFile.Layer> layers = new ArrayList<>();
        for (JsonNode layer : payload.path("layers")) {
            layers.add(new ImportedFile.Layer(layer.path("annotator").asText(), layer.path("spans").asInt(),
                    layer.path("chains").asInt()));
        }
        return new ImportedFile(payload.path("file").asText(), payload.path("format").asText(), List.copyOf(layers));
    }

    /** The untranslated summary (the History dialog shows a translated one). */
    private static String describe(ImportedFile file) {
        List<String> parts = new ArrayList<>();
        parts.add(file.fileName() + " (" + file.format() + ")");
        file.layers().forEach(l -> parts.add(l.annotator() + ": " + l.spans() + " spans, " + l.chains() + " chains"));
        return String.join("; ", parts);
    }

    private static String span(JsonNode span) {
        String label = span.path("label").isTextual() ? span.path("label").asText() : "—";
        return "[" + span.path("start").asInt() + ", " + span.path("end").asInt() + ") " + label;
    }
}
