package org.tawsim.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.ASSIGNMENT;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.PROJECT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.tawsim.support.DatabaseTest;

class FirstStartSetupTest extends DatabaseTest {

    @Autowired
    FirstStartSetup setup;
    @Autowired
    DSLContext dsl;

    @Test
    void loadsEverySeedArticleIntoTheDemoProject() throws Exception {
        long seedFiles;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seedFiles = files.filter(p -> p.toString().endsWith(".txt")).count();
        }
        assertThat(seedFiles).isGreaterThanOrEqualTo(6);
        assertThat(seedDocuments()).isEqualTo(seedFiles);
        String founding = Files.readString(Path.of("seeds/000_9720df9780ae2cfa.txt"));
        String stored = dsl.select(DOCUMENT.TEXT).from(DOCUMENT).where(DOCUMENT.EXTERNAL_ID.eq("000_9720df9780ae2cfa")).fetchOne(DOCUMENT.TEXT);
        assertThat(stored).isEqualTo(founding);
    }

    @Test
    void demoAnnotatorsShareEveryArticle() {
        for (String login : List.of("annotator1", "annotator2")) {
            int assigned = dsl.fetchCount(ASSIGNMENT.join(APP_USER).on(APP_USER.ID.eq(ASSIGNMENT.ANNOTATOR_ID)),
                    APP_USER.LOGIN.eq(login));
            assertThat(assigned).as(login).isEqualTo(seedDocuments());
        }
    }

    @Test
    void runningAgainDuplicatesNothing() throws Exception {
        int users = dsl.fetchCount(APP_USER);
        int projects = dsl.fetchCount(PROJECT);
        int documents = dsl.fetchCount(DOCUMENT);
        int assignments = dsl.fetchCount(ASSIGNMENT);

        setup.run(new DefaultApplicationArguments());
        setup.run(new DefaultApplicationArguments());

        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(users);
        assertThat(dsl.fetchCount(PROJECT)).isEqualTo(projects);
        assertThat(dsl.fetchCount(DOCUMENT)).isEqualTo(documents);
        assertThat(dsl.fetchCount(ASSIGNMENT)).isEqualTo(assignments);
    }

    private int seedDocuments() {
        return dsl.fetchCount(DOCUMENT.join(PROJECT).on(PROJECT.ID.eq(DOCUMENT.PROJECT_ID)),
                PROJECT.NAME.eq(FirstStartSetup.SEED_PROJECT));
    }
}
