package org.tawsim.support;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.tawsim.account.AccountService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;

/** A fresh project for one test: a lead who created it and annotators who are members (password "password-1"). */
@Component
public class Teams {

    public static final String PASSWORD = "password-1";

    public record Team(UserAccount lead, List<UserAccount> annotators, Project project) {
        public UserAccount annotator(int index) {
            return annotators.get(index);
        }
    }

    private final AccountService accounts;
    private final ProjectService projects;

    Teams(AccountService accounts, ProjectService projects) {
        this.accounts = accounts;
        this.projects = projects;
    }

    public Team create(String name, String... annotatorNames) {
        String tag = Long.toString(System.nanoTime(), 36);
        UserAccount lead = accounts.create("lead-" + tag, PASSWORD, "Lead", SystemRole.LEAD);
        Project project = projects.create(lead, name + " " + tag, "");
        List<UserAccount> annotators = IntStream.range(0, annotatorNames.length).mapToObj(i -> {
            UserAccount a = accounts.create(annotatorNames[i] + "-" + tag, PASSWORD, annotatorNames[i], SystemRole.ANNOTATOR);
            projects.addMember(lead, project.id(), a.login(), ProjectRole.ANNOTATOR);
            return a;
        }).toList();
        return new Team(lead, annotators, project);
    }

    /**
     * A fresh project whose annotators have exactly these logins (for files that name their annotators); accounts
     * that exist already are reused, so several projects can share them.
     */
    public Team withLogins(String name, List<String> logins) {
        String tag = Long.toString(System.nanoTime(), 36);
        UserAccount lead = accounts.create("lead-" + tag, PASSWORD, "Lead", SystemRole.LEAD);
        Project project = projects.create(lead, name + " " + tag, "");
        List<UserAccount> annotators = logins.stream().map(login -> {
            UserAccount a = accounts.findByLogin(login)
                    .orElseGet(() -> accounts.create(login, PASSWORD, login, SystemRole.ANNOTATOR));
            projects.addMember(lead, project.id(), a.login(), ProjectRole.ANNOTATOR);
            return a;
        }).toList();
        return new Team(lead, annotators, project);
    }

    /** An annotator account that belongs to no project. */
    public UserAccount outsider() {
        return accounts.create("out-" + Long.toString(System.nanoTime(), 36), PASSWORD, "Outsider", SystemRole.ANNOTATOR);
    }
}
