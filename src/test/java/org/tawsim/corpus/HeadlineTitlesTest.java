package org.tawsim.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

/** Migration 11 gives documents titled by their first line their headline, and leaves chosen titles alone. */
class HeadlineTitlesTest extends DatabaseTest {

    static final String ARTICLE = "icon\nالتغطية الحية\n\nمن وراء ظهور خلايا تنظيم الدولة في جاسم بدرعا؟\n\nنص\n";

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    DataSource dataSource;

    @Test
    void firstLineTitlesBecomeHeadlinesUnlessChosen() throws Exception {
        Teams.Team team = teams.create("Retitle");
        long project = team.project().id();
        // as stored before headlines: titled "icon"; an import that named its own title; one a lead renamed
        List<Long> ids = documents.seed(project, List.of(
                new NewDocument("old", "icon", ARTICLE, "old.txt"),
                new NewDocument("named", "Jasim clashes", ARTICLE, "named.jsonl"),
                new NewDocument("renamed", "icon", ARTICLE, "renamed.txt")));
        documents.rename(team.lead(), ids.get(2), "مؤقت");
        documents.rename(team.lead(), ids.get(2), "icon"); // renamed back to what it was: the lead's choice stands

        try (Connection connection = dataSource.getConnection()) {
            assertThat(DocumentRepository.retitleFromHeadlines(connection)).isGreaterThanOrEqualTo(1);
        }
        assertThat(ids.stream().map(id -> documents.summary(team.lead(), id).title()))
                .containsExactly("من وراء ظهور خلايا تنظيم الدولة في جاسم بدرعا؟", "Jasim clashes", "icon");
    }
}
