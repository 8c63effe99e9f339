package org.tawsim.browser;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tawsim.account.AccountService;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.corpus.DocumentService;
import org.tawsim.support.Teams;

/** A fresh project with one document assigned to one annotator, whose UI speaks the given language. */
@Component
public class OneDocument {

    public record Setup(long documentId, UserAccount annotator, String text, UserAccount lead, long projectId) {
        public String login() {
            return annotator.login();
        }
    }

    private final Teams teams;
    private final AccountService accounts;
    private final DocumentService documents;
    private final AssignmentService assignments;

    OneDocument(Teams teams, AccountService accounts, DocumentService documents, AssignmentService assignments) {
        this.teams = teams;
        this.accounts = accounts;
        this.documents = documents;
        this.assignments = assignments;
    }

    public Setup assigned(String text, String uiLanguage) {
        Teams.Team team = teams.create("Editor", "ann");
        UserAccount annotator = team.annotator(0);
        accounts.setLanguage(annotator.id(), uiLanguage);
        long documentId = documents.importTextFile(team.lead(), team.project().id(), "document.txt",
                text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).id();
        assignments.assignBalanced(team.lead(), team.project().id(), 1, List.of());
        return new Setup(documentId, annotator, text, team.lead(), team.project().id());
    }
}
