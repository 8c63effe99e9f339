package org.tawsim.suggestion.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.tawsim.account.UserAccount;
import org.tawsim.project.ProjectService;
import org.tawsim.suggestion.model.HeldOutSplit;
import org.tawsim.suggestion.model.NameFinderTraining;
import org.tawsim.suggestion.model.NameModel;
import org.tawsim.suggestion.model.SpanEvaluation;
import org.tawsim.suggestion.model.TrainingDocument;
import org.tawsim.suggestion.model.TrainingOutcome;
import org.tawsim.suggestion.model.TrainingSettings;

/**
 * The project-trained OpenNLP name finder: trains in the background on the project's curated gold, keeps the model
 * and its held-out evaluation in {@code recommender_model}, and proposes spans for a text.
 *
 * <p>Training runs on one thread of its own, one project after the other, so it never holds a request or a page and
 * never takes more than one core. It starts when a lead asks, or by itself when a lead looks at the recommender and
 * at least {@link #RETRAIN_AFTER} more documents are curated than the last training read (two are enough for the
 * first training: one to learn from, one to evaluate on). Every {@link HeldOutSplit#EVERY}th curated document (at
 * least one) is held out for the evaluation and the model learns from the others.
 */
@Service
public class ModelTraining {

    public static final String RECOMMENDER = "opennlp";
    /** New curated documents since the last training that start a new one. */
    public static final int RETRAIN_AFTER = 5;
    private static final int FIRST_TRAINING_AFTER = 2;
    private static final Logger log = LoggerFactory.getLogger(ModelTraining.class);

    private record CachedModel(OffsetDateTime trainedAt, NameModel model) {
    }

    private final ProjectService projects;
    private final CuratedGold gold;
    private final RecommenderModelRepository repository;
    private final ObjectMapper json;
    private final ThreadPoolTaskExecutor executor;
    private final Map<Long, TrainingProgress> running = new ConcurrentHashMap<>();
    private final Map<Long, CachedModel> models = new ConcurrentHashMap<>();

    ModelTraining(ProjectService projects, CuratedGold gold, RecommenderModelRepository repository, ObjectMapper json,
                  ThreadPoolTaskExecutorBuilder executors) {
        this.projects = projects;
        this.gold = gold;
        this.repository = repository;
        this.json = json;
        this.executor = executors.corePoolSize(1).maxPoolSize(1).queueCapacity(1000).threadNamePrefix("opennlp-").build();
        executor.initialize();
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** The recommender's state and figures; starts a training when enough new documents are curated. */
    public ModelTrainingStatus status(UserAccount lead, long projectId) {
        projects.requireLead(lead, projectId);
        int curated = gold.curatedIds(lead, projectId).size();
        Optional<StoredModel> stored = repository.find(projectId, RECOMMENDER);
        int lastRead = stored.map(StoredModel::documents).orElse(0);
        boolean due = stored.isEmpty() ? curated >= FIRST_TRAINING_AFTER : curated - lastRead >= RETRAIN_AFTER;
        if (due && !running.containsKey(projectId)) {
            start(lead, projectId);
            stored = repository.find(projectId, RECOMMENDER);
        }
        return describe(projectId, curated, stored);
    }

    /** Starts a training now (a lead's request); if one is running or queued for the project, that one stands. */
    public ModelTrainingStatus train(UserAccount lead, long projectId) {
        projects.requireLead(lead, projectId);
        if (!running.containsKey(projectId)) {
            start(lead, projectId);
        }
        return describe(projectId, gold.curatedIds(lead, projectId).size(), repository.find(projectId, RECOMMENDER));
    }

    /**
     * Spans the project's model proposes in a text, with {@code recommender = "opennlp"}; empty while no model is
     * trained. The caller checks that the user may see the text.
     */
    public List<Suggestion> suggest(long projectId, String text) {
        Optional<NameModel> model = model(projectId);
        if (model.isEmpty()) {
            return List.of();
        }
        return model.get().predict(text).stream()
                .map(p -> Suggestion.of(p.start(), p.end(), p.label(), p.score(), RECOMMENDER)).toList();
    }

    private Optional<NameModel> model(long projectId) {
        OffsetDateTime trainedAt = repository.find(projectId, RECOMMENDER).map(StoredModel::trainedAt).orElse(null);
        if (trainedAt == null) {
            return Optional.empty();
        }
        CachedModel cached = models.get(projectId);
        if (cached != null && cached.trainedAt().isEqual(trainedAt)) {
            return Optional.of(cached.model());
        }
        // trained by another instance, or before a restart
        Optional<NameModel> loaded = repository.model(projectId, RECOMMENDER).map(NameModel::fromBytes);
        loaded.ifPresent(m -> models.put(projectId, new CachedModel(trainedAt, m)));
        return loaded;
    }

    private synchronized void start(UserAccount lead, long projectId) {
        if (running.putIfAbsent(projectId, new TrainingProgress("queued", 0, 0)) != null) {
            return;
        }
        repository.started(projectId, RECOMMENDER, OffsetDateTime.now());
        executor.execute(() -> {
            try {
                run(lead, projectId);
            } catch (RuntimeException e) {
                log.warn("Training the OpenNLP recommender of project {} failed", projectId, e);
                repository.failed(projectId, RECOMMENDER, "Training failed: " + e.getMessage(), 0, OffsetDateTime.now());
            } finally {
                running.remove(projectId);
            }
        });
    }

    private void run(UserAccount lead, long projectId) {
        List<Long> ids = gold.curatedIds(lead, projectId);
        List<TrainingDocument> documents = gold.read(lead, ids, done -> running.put(projectId, new TrainingProgress("reading", done, ids.size())));
        HeldOutSplit<TrainingDocument> split = HeldOutSplit.of(documents);
        running.put(projectId, new TrainingProgress("training", 0, split.training().size()));
        TrainingOutcome outcome = split.heldOut().isEmpty()
                ? new TrainingOutcome.NotEnoughData(documents.size(), 0, TrainingSettings.DEFAULTS.minSpans())
                : NameFinderTraining.train(split.training(), TrainingSettings.DEFAULTS);
        if (outcome instanceof TrainingOutcome.NotEnoughData few) {
            repository.failed(projectId, RECOMMENDER, notEnoughData(few, documents.size()), documents.size(), OffsetDateTime.now());
            return;
        }
        NameModel model = ((TrainingOutcome.Trained) outcome).model();
        List<SpanEvaluation.Case> cases = new java.util.ArrayList<>();
        for (TrainingDocument heldOut : split.heldOut()) {
            cases.add(new SpanEvaluation.Case(heldOut.spans(), model.predict(heldOut.text())));
            running.put(projectId, new TrainingProgress("evaluating", cases.size(), split.heldOut().size()));
        }
        OffsetDateTime at = OffsetDateTime.now();
        repository.trained(projectId, RECOMMENDER, model.toBytes(), write(SpanEvaluation.evaluate(cases)),
                split.training().size(), split.heldOut().size(), at);
        models.remove(projectId);
    }

    private static String notEnoughData(TrainingOutcome.NotEnoughData few, int documents) {
        return documents < FIRST_TRAINING_AFTER
                ? "Not enough data: " + documents + " curated document(s); at least " + FIRST_TRAINING_AFTER
                  + " are needed (one to learn from, one to evaluate on)."
                : "Not enough data: " + few.spans() + " gold span(s) in the training documents; at least "
                  + few.required() + " are needed.";
    }

    private ModelTrainingStatus describe(long projectId, int curated, Optional<StoredModel> stored) {
        TrainingProgress progress = running.get(projectId);
        if (stored.isEmpty()) {
            return new ModelTrainingStatus(progress == null ? "idle" : "training", null, progress, null, null, null,
                    0, 0, 0, curated, RETRAIN_AFTER, List.of(), null);
        }
        StoredModel row = stored.get();
        SpanEvaluation.Result evaluation = read(row.evaluationJson());
        String state = progress != null ? "training" : "training".equals(row.state()) ? "idle" : row.state();
        return new ModelTrainingStatus(state, row.message(), progress, row.startedAt(), row.finishedAt(), row.trainedAt(),
                row.trainingDocuments() + row.heldOutDocuments(), row.trainingDocuments(), row.heldOutDocuments(),
                curated, RETRAIN_AFTER, evaluation == null ? List.of() : evaluation.labels(),
                evaluation == null ? null : evaluation.overall());
    }

    private String write(SpanEvaluation.Result evaluation) {
        try {
            return json.writeValueAsString(evaluation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SpanEvaluation.Result read(String evaluationJson) {
        try {
            return evaluationJson == null ? null : json.readValue(evaluationJson, SpanEvaluation.Result.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evaluation is not readable", e);
        }
    }
}
