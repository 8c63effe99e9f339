package org.tawsim.suggestion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.project.ProjectService;

/** Which recommenders run in a project: members read the switches, leads set them. */
@Service
public class RecommenderService {

    private final SuggestionRepository repository;
    private final ProjectService projects;
    private final ApplicationEventPublisher publisher;

    RecommenderService(SuggestionRepository repository, ProjectService projects, ApplicationEventPublisher publisher) {
        this.repository = repository;
        this.projects = projects;
        this.publisher = publisher;
    }

    public RecommenderSettings settings(UserAccount member, long projectId) {
        projects.requireMember(member, projectId);
        return current(projectId);
    }

    /** Sets the switches the change names (each publishes {@link RecommenderSwitched}); the others stay as they are. */
    @Transactional
    public RecommenderSettings update(UserAccount lead, long projectId, RecommenderSettings change) {
        projects.requireLead(lead, projectId);
        change.requested().forEach((name, enabled) -> {
            repository.setEnabled(projectId, name, enabled, lead.id());
            publisher.publishEvent(new RecommenderSwitched(lead, projectId, name, enabled));
        });
        return current(projectId);
    }

    /** Whether one recommender is on, for a caller whose access is checked (a recommender, the suggestion service). */
    public boolean enabled(long projectId, String recommender) {
        return current(projectId).enabled(recommender);
    }

    /** Every recommender's acceptance rate in the project, overall and per label, in {@link RecommenderSettings#NAMES} order. */
    public List<RecommenderStatistics> statistics(UserAccount lead, long projectId) {
        projects.requireLead(lead, projectId);
        List<SuggestionRepository.OutcomeCount> counts = repository.outcomes(projectId);
        List<RecommenderStatistics> statistics = new ArrayList<>();
        for (String name : RecommenderSettings.NAMES) {
            List<SuggestionRepository.OutcomeCount> own = counts.stream().filter(c -> c.recommender().equals(name))
                    .sorted(java.util.Comparator.comparing(SuggestionRepository.OutcomeCount::label)).toList();
            statistics.add(new RecommenderStatistics(name,
                    RecommenderStatistics.Outcomes.of(own.stream().mapToInt(SuggestionRepository.OutcomeCount::accepted).sum(),
                            own.stream().mapToInt(SuggestionRepository.OutcomeCount::rejected).sum()),
                    own.stream().map(c -> new RecommenderStatistics.LabelOutcomes(c.label(),
                            RecommenderStatistics.Outcomes.of(c.accepted(), c.rejected()))).toList()));
        }
        return statistics;
    }

    RecommenderSettings current(long projectId) {
        Map<String, Boolean> stored = repository.switches(projectId);
        RecommenderSettings defaults = RecommenderSettings.defaults();
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        for (String name : RecommenderSettings.NAMES) {
            enabled.put(name, stored.getOrDefault(name, defaults.enabled(name)));
        }
        return RecommenderSettings.of(enabled);
    }
}
