package org.tawsim.suggestion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.UserAccount;
import org.tawsim.project.ProjectService;

/** Which recommenders run in a project: members read the switches, leads set them. */
@Service
public class RecommenderService {

    /** The string matcher's name in the database and in suggestion ids. */
    static final String STRING_MATCHER = "string";

    private final SuggestionRepository repository;
    private final ProjectService projects;

    RecommenderService(SuggestionRepository repository, ProjectService projects) {
        this.repository = repository;
        this.projects = projects;
    }

    public RecommenderSettings settings(UserAccount member, long projectId) {
        projects.requireMember(member, projectId);
        return current(projectId);
    }

    @Transactional
    public RecommenderSettings update(UserAccount lead, long projectId, RecommenderSettings settings) {
        projects.requireLead(lead, projectId);
        settings.requireComplete();
        repository.setEnabled(projectId, STRING_MATCHER, settings.stringMatcher().enabled(), lead.id());
        return current(projectId);
    }

    /** For the suggestion service, after it checked the caller's access. */
    RecommenderSettings current(long projectId) {
        return new RecommenderSettings(new RecommenderSettings.Switch(
                repository.enabled(projectId, STRING_MATCHER).orElse(RecommenderSettings.defaults().stringMatcher().enabled())));
    }
}
