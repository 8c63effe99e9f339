package org.tawsim.suggestion.prediction;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.corpus.UploadLimit;
import org.tawsim.project.Label;
import org.tawsim.project.ProjectService;

/**
 * A model's output imported as suggestions, for leads (docs/suggestions.md, "Predictions import"). A file is
 * stored whole or not at all: every line is read and checked before anything is written, and importing predictions
 * for a document replaces that document's earlier ones.
 */
@Service
public class PredictionService {

    private final PredictionRepository repository;
    private final ProjectService projects;
    private final UploadLimit limit;

    PredictionService(PredictionRepository repository, ProjectService projects, UploadLimit limit) {
        this.repository = repository;
        this.projects = projects;
        this.limit = limit;
    }

    /** The largest file a lead may import: the corpus import's limit. */
    public UploadLimit uploadLimit() {
        return limit;
    }

    /** Reads at most the upload limit from {@code in} (the caller closes it). */
    @Transactional
    public PredictionImportResult importFile(UserAccount lead, long projectId, String fileName, InputStream in) {
        projects.requireLead(lead, projectId);
        byte[] bytes = limit.read(fileName, in);
        PredictionFileReader.Reading reading = PredictionFileReader.read(bytes);
        if (reading.lines().isEmpty() && reading.problems().isEmpty()) {
            throw new UserError("predictions.error.empty", fileName);
        }
        Set<String> labels = projects.labels(lead, projectId).stream().map(Label::name).collect(Collectors.toSet());
        List<KnownDocument> known = repository.documents(projectId,
                reading.lines().stream().map(PredictionLine::documentId).filter(Objects::nonNull).collect(Collectors.toSet()),
                reading.lines().stream().map(PredictionLine::externalId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, KnownDocument> byId = new HashMap<>();
        Map<String, KnownDocument> byExternalId = new HashMap<>();
        known.forEach(d -> {
            byId.put(d.id(), d);
            byExternalId.put(d.externalId(), d);
        });
        PredictionChecks.Checked checked = PredictionChecks.check(reading.lines(), byId, byExternalId, labels);
        List<PredictionProblem> problems = new ArrayList<>(reading.problems());
        problems.addAll(checked.problems());
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(PredictionProblem::line));
            throw new PredictionsRejected(fileName, problems);
        }
        OffsetDateTime now = OffsetDateTime.now();
        int stored = 0;
        for (Map.Entry<Long, List<Prediction>> document : checked.byDocument().entrySet()) {
            repository.replace(projectId, document.getKey(), document.getValue(), lead.id(), now);
            stored += document.getValue().size();
        }
        return new PredictionImportResult(fileName, checked.byDocument().size(), stored);
    }

    public PredictionCounts counts(UserAccount lead, long projectId) {
        projects.requireLead(lead, projectId);
        return repository.counts(projectId);
    }

    /** Removes every prediction of the project; returns how many there were. */
    @Transactional
    public int removeAll(UserAccount lead, long projectId) {
        projects.requireLead(lead, projectId);
        return repository.deleteAll(projectId);
    }

    /** The document's predictions, for the recommender (the suggestion service has checked the caller's access). */
    List<Prediction> ofDocument(long documentId) {
        return repository.ofDocument(documentId);
    }
}
