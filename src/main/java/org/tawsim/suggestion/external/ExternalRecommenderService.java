package org.tawsim.suggestion.external;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.project.Label;
import org.tawsim.project.ProjectService;
import org.tawsim.suggestion.RecommenderService;
import org.tawsim.suggestion.RecommenderSettings;

/** A project's external recommender: leads configure and test it and read how it behaved. */
@Service
public class ExternalRecommenderService {

    public static final int DEFAULT_TIMEOUT_SECONDS = 3;
    public static final int MAX_TIMEOUT_SECONDS = 30;
    /** What "Test connection" sends. */
    static final String SAMPLE_TEXT = "وصل الوفد إلى درعا يوم الخميس.";

    private final ExternalRecommenderRepository repository;
    private final ProjectService projects;
    private final RecommenderService recommenders;
    private final ExternalCalls calls;

    ExternalRecommenderService(ExternalRecommenderRepository repository, ExternalServiceClient client,
                               ProjectService projects, RecommenderService recommenders) {
        this.repository = repository;
        this.projects = projects;
        this.recommenders = recommenders;
        this.calls = new ExternalCalls(repository, client,
                new AnswerCache(500, Duration.ofSeconds(30), Clock.system(ZoneOffset.UTC)));
    }

    public ExternalSettings settings(UserAccount lead, long projectId, Locale locale) {
        projects.requireLead(lead, projectId);
        return view(projectId, translator(locale));
    }

    /** The same, with messages through a translator of the caller's (e.g. a view's getTranslation). */
    public ExternalSettings settings(UserAccount lead, long projectId, BiFunction<String, Object[], String> translate) {
        projects.requireLead(lead, projectId);
        return view(projectId, translate);
    }

    /** Stores the URL, timeout and (when given) token; a clear error for a URL that is not absolute http(s). */
    @Transactional
    public ExternalSettings update(UserAccount lead, long projectId, ExternalSettingsChange change, Locale locale) {
        projects.requireLead(lead, projectId);
        if (change == null || ServiceUrl.parse(change.url()).isEmpty()) {
            throw new UserError("external.url.invalid");
        }
        Optional<StoredService> stored = repository.find(projectId);
        int timeout = change.timeoutSeconds() != null ? change.timeoutSeconds()
                : stored.map(StoredService::timeoutSeconds).orElse(DEFAULT_TIMEOUT_SECONDS);
        if (timeout < 1 || timeout > MAX_TIMEOUT_SECONDS) {
            throw new UserError("external.timeout.invalid", MAX_TIMEOUT_SECONDS);
        }
        repository.save(projectId, change.url().strip(), change.token(), timeout, lead.id());
        return view(projectId, translator(locale));
    }

    /** Calls the service once on a short sample text, past the cache, and records what happened. */
    public ConnectionTest test(UserAccount lead, long projectId, BiFunction<String, Object[], String> translate) {
        projects.requireLead(lead, projectId);
        List<String> labels = projects.labels(lead, projectId).stream().map(Label::name).toList();
        long started = System.nanoTime();
        ExternalAnswer.Reading reading = calls.test(projectId, SAMPLE_TEXT, labels);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        ExternalSettings.Problem problem = reading.problem() == null ? null
                : new ExternalSettings.Problem(reading.problem().key(), reading.problem().message(translate), null);
        return new ConnectionTest(!reading.failed(), reading.proposals().size(), reading.dropped(), millis, problem);
    }

    public ConnectionTest test(UserAccount lead, long projectId, Locale locale) {
        return test(lead, projectId, translator(locale));
    }

    /** The calls behind the recommender (no access check: the suggestion service checked the caller). */
    ExternalCalls calls() {
        return calls;
    }

    private ExternalSettings view(long projectId, BiFunction<String, Object[], String> translate) {
        boolean enabled = recommenders.enabled(projectId, RecommenderSettings.EXTERNAL);
        return repository.find(projectId).map(s -> new ExternalSettings(enabled, s.url(), s.token() != null,
                        s.timeoutSeconds(), s.calls(), s.failures(), s.droppedSpans(), s.lastSuccessAt(),
                        s.lastProblem() == null ? null
                                : new ExternalSettings.Problem(s.lastProblem().key(), s.lastProblem().message(translate), s.lastProblemAt())))
                .orElse(new ExternalSettings(enabled, null, false, DEFAULT_TIMEOUT_SECONDS, 0, 0, 0, null, null));
    }

    private static BiFunction<String, Object[], String> translator(Locale locale) {
        return (key, args) -> UserError.translate(key, args, locale);
    }
}
