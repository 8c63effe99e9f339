package org.tawsim.seed;

import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tawsim.account.AccountService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.annotation.layer.event.EventLog;
import org.tawsim.annotation.layer.event.ProjectEvent;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.NewDocument;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectRole;
import org.tawsim.project.ProjectService;

/**
 * On start: make sure an admin exists, and on the very first start load the seed articles into a project.
 * In the demo (default) profile also create the demo lead and annotators and assign them the articles.
 */
@Component
class FirstStartSetup implements ApplicationRunner {

    static final String ADMIN_LOGIN = "admin";
    static final String SEED_PROJECT = "Arabic news (demo)";
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("lead", "lead-demo", "Layla (lead)", SystemRole.LEAD, ProjectRole.LEAD),
            new DemoAccount("annotator1", "annotator1-demo", "Ahmad", SystemRole.ANNOTATOR, ProjectRole.ANNOTATOR),
            new DemoAccount("annotator2", "annotator2-demo", "Mariam", SystemRole.ANNOTATOR, ProjectRole.ANNOTATOR));

    record DemoAccount(String login, String password, String displayName, SystemRole role, ProjectRole projectRole) {
    }

    private static final Logger log = LoggerFactory.getLogger(FirstStartSetup.class);

    private final SetupRepository setup;
    private final AccountService accounts;
    private final ProjectService projects;
    private final DocumentService documents;
    private final AssignmentService assignments;
    private final EventLog events;
    private final String adminPassword;
    private final boolean demo;
    private final String seedLocation;

    FirstStartSetup(SetupRepository setup, AccountService accounts, ProjectService projects, DocumentService documents,
                    AssignmentService assignments, EventLog events,
                    @Value("${tawsim.admin.password:}") String adminPassword,
                    @Value("${tawsim.demo.enabled:true}") boolean demo,
                    @Value("${tawsim.seeds.location:classpath*:seeds/*.txt}") String seedLocation) {
        this.setup = setup;
        this.accounts = accounts;
        this.projects = projects;
        this.documents = documents;
        this.assignments = assignments;
        this.events = events;
        this.adminPassword = adminPassword;
        this.demo = demo;
        this.seedLocation = seedLocation;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        setup.lockForSetup();
        UserAccount admin = ensureAdmin();
        List<UserAccount> demoUsers = demo ? DEMO_ACCOUNTS.stream().map(this::ensureDemoAccount).toList() : List.of();
        if (events.any(ProjectEvent.Seeded.class)) {
            return;
        }
        Project project = projects.findByName(SEED_PROJECT).orElseGet(() ->
                projects.create(admin, SEED_PROJECT, "Arabic news articles to try Tawsim with."));
        List<NewDocument> articles = SeedArticles.load(seedLocation);
        documents.seed(project.id(), articles);
        if (demo) {
            for (int i = 0; i < demoUsers.size(); i++) {
                projects.addMember(admin, project.id(), demoUsers.get(i).login(), DEMO_ACCOUNTS.get(i).projectRole());
            }
            assignments.assignBalanced(admin, project.id(), 2, List.of());
        }
        events.appendSeeded(project.id(), new ProjectEvent.Seeded(articles.size()));
        log.info("Loaded {} seed articles into project '{}'", articles.size(), SEED_PROJECT);
    }

    private UserAccount ensureAdmin() {
        return accounts.findByLogin(ADMIN_LOGIN).orElseGet(() -> {
            boolean generated = adminPassword == null || adminPassword.isBlank();
            String password = generated ? randomPassword() : adminPassword;
            UserAccount admin = accounts.create(ADMIN_LOGIN, password, "Administrator", SystemRole.ADMIN);
            if (generated) {
                // Shown once: the hash is all we keep.
                log.warn("Created account '{}' with the generated password: {}  (set tawsim.admin.password / "
                        + "TAWSIM_ADMIN_PASSWORD to choose it; after logging in, change it on My account: /account)",
                        ADMIN_LOGIN, password);
            } else {
                log.info("Created account '{}' with the configured password", ADMIN_LOGIN);
            }
            return admin;
        });
    }

    private UserAccount ensureDemoAccount(DemoAccount demoAccount) {
        return accounts.findByLogin(demoAccount.login()).orElseGet(() ->
                accounts.create(demoAccount.login(), demoAccount.password(), demoAccount.displayName(), demoAccount.role()));
    }

    private static String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
