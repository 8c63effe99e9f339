package org.tawsim.suggestion.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
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
import org.tawsim.suggestion.Proposal;
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
 * never takes more than one core. It starts when a lead asks, or by itself ({@link TrainingTriggers}) while the
 * recommender is switched on and a document is curated or the switch is turned on: when no model exists yet and at
 * least {@link #FIRST_TRAINING_AFTER} documents are curated (one to learn from, one to evaluate on), later when at
 * least {@link #RETRAIN_AFTER} more are curated than the last training read. Reading the state never starts one.
 * Every {@link HeldOutSplit#EVERY}th curated document (at least one) is held out for the evaluation and the model
 * learns from the others.
 */
@Service
public class ModelTraining {

    public static final String RECOMMENDER = "opennlp";
    /** New curated documents since the last training that start a new one. */
    public static final int RETRAIN_AFTER = 5;
    /** Curated documents that start the first training. */
    public static final int FIRST_TRAINING_AFTER = 2;
    private static final Logger log = LoggerFactory.getLogger(ModelTraining.class);

    /** A model in use, with when it was trained (the key of everything cached from it). */
    record TrainedModel(OffsetDateTime trainedAt, NameModel model) {
    }

    private final ProjectService projects;
    private final CuratedGold gold;
    private final RecommenderModelRepository repository;
    private final ObjectMapper json;
    private final ThreadPoolTaskExecutor executor;
    private final Map<Long, TrainingProgress> running = new ConcurrentHashMap<>();
    private final Map<Long, TrainedModel> models = new ConcurrentHashMap<>();

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

    /** The recommender's state and figures, with the message in the reader's language; starts nothing. */
    public ModelTrainingStatus status(UserAccount lead, long projectId, Locale locale) {
        projects.requireLead(lead, projectId);
        return describe(projectId, gold.curatedIds(lead, projectId).size(), gold.agreedOnly(lead, projectId).size(),
                repository.find(projectId, RECOMMENDER), locale);
    }

    /** Allows or stops learning from documents all their annotators agree on; counts at the next training. */
    public ModelTrainingStatus setTrainOnAgreement(UserAccount lead, long projectId, boolean allowed, Locale locale) {
        projects.requireLead(lead, projectId);
        repository.setTrainOnAgreement(projectId, allowed, lead.id());
        return status(lead, projectId, locale);
    }

    /** Starts a training now (a lead's request); if one is running or queued for the project, that one stands. */
    public ModelTrainingStatus train(UserAccount lead, long projectId, Locale locale) {
        projects.requireLead(lead, projectId);
        if (!running.containsKey(projectId)) {
            start(lead, projectId);
        }
        return status(lead, projectId, locale);
    }

    /**
     * Starts a training when one is due (see the class comment), reading the gold with the rights of {@code lead}.
     * Called by {@link TrainingTriggers} after the change that made it due has committed.
     */
    void startIfDue(UserAccount lead, long projectId) {
        if (running.containsKey(projectId) || !projects.canManage(lead, projectId)) {
            return;
        }
        int learnable = gold.learnableIds(lead, projectId).size();
        if (untilNext(learnable, repository.find(projectId, RECOMMENDER)) == 0) {
            start(lead, projectId);
        }
    }

    /** Spans the project's model proposes in a text; empty while no model is trained. The caller checks access. */
    public List<Proposal> suggest(long projectId, String text) {
        return model(projectId).map(m -> predict(m.model(), text)).orElse(List.of());
    }

    static List<Proposal> predict(NameModel model, String text) {
        return model.predict(text).stream().map(p -> new Proposal(p.start(), p.end(), p.label(), p.score())).toList();
    }

    /** The model in use (cached in memory, reloaded when another instance trained a newer one), or empty. */
    Optional<TrainedModel> model(long projectId) {
        OffsetDateTime trainedAt = repository.trainedAt(projectId, RECOMMENDER).orElse(null);
        if (trainedAt == null) {
            return Optional.empty();
        }
        TrainedModel cached = models.get(projectId);
        if (cached != null && cached.trainedAt().isEqual(trainedAt)) {
            return Optional.of(cached);
        }
        // trained by another instance, or before a restart
        Optional<TrainedModel> loaded = repository.model(projectId, RECOMMENDER)
                .map(bytes -> new TrainedModel(trainedAt, NameModel.fromBytes(bytes)));
        loaded.ifPresent(m -> models.put(projectId, m));
        return loaded;
    }

    /** How many more curated documents start a training by itself; 0 when one is due now. */
    private static int untilNext(int curated, Optional<StoredModel> stored) {
        int lastRead = stored.map(StoredModel::documents).orElse(0);
        boolean trained = stored.map(StoredModel::trainedAt).isPresent();
        // without a model, any document curated since the last (failed) attempt is worth a new one
        int needed = trained ? lastRead + RETRAIN_AFTER : Math.max(FIRST_TRAINING_AFTER, lastRead + 1);
        return Math.max(0, needed - curated);
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
                repository.failed(projectId, RECOMMENDER, new TrainingMessage(TrainingMessage.ERROR,
                        List.of(String.valueOf(e.getMessage()))), 0, OffsetDateTime.now());
            } finally {
                running.remove(projectId);
            }
        });
    }

    private void run(UserAccount lead, long projectId) {
        List<Long> ids = gold.learnableIds(lead, projectId);
        List<TrainingDocument> documents = gold.read(lead, projectId, ids, done -> running.put(projectId, new TrainingProgress("reading", done, ids.size())));
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

    private static TrainingMessage notEnoughData(TrainingOutcome.NotEnoughData few, int documents) {
        return documents < FIRST_TRAINING_AFTER
                ? new TrainingMessage(TrainingMessage.TOO_FEW_DOCUMENTS, List.of(documents, FIRST_TRAINING_AFTER))
                : new TrainingMessage(TrainingMessage.TOO_FEW_SPANS, List.of(few.spans(), few.required()));
    }

    private ModelTrainingStatus describe(long projectId, int curated, int agreed, Optional<StoredModel> stored, Locale locale) {
        TrainingProgress progress = running.get(projectId);
        int untilNext = untilNext(curated + agreed, stored);
        boolean onAgreement = repository.trainOnAgreement(projectId);
        if (stored.isEmpty()) {
            return new ModelTrainingStatus(progress == null ? "idle" : "training", null, null, progress, null, null, null,
                    0, 0, 0, curated, RETRAIN_AFTER, untilNext, List.of(), null, onAgreement, agreed);
        }
        StoredModel row = stored.get();
        SpanEvaluation.Result evaluation = read(row.evaluationJson());
        String state = progress != null ? "training" : "training".equals(row.state()) ? "idle" : row.state();
        TrainingMessage message = row.message();
        return new ModelTrainingStatus(state, message == null ? null : message.key(), message == null ? null : message.in(locale),
                progress, row.startedAt(), row.finishedAt(), row.trainedAt(),
                row.trainingDocuments() + row.heldOutDocuments(), row.trainingDocuments(), row.heldOutDocuments(),
                curated, RETRAIN_AFTER, untilNext, evaluation == null ? List.of() : evaluation.labels(),
                evaluation == null ? null : evaluation.overall(), onAgreement, agreed);
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
