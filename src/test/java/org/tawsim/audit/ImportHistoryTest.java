package org.tawsim.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawsim.base.UserError;
import org.tawsim.corpus.DocumentService;
import org.tawsim.corpus.DocumentSummary;
import org.tawsim.corpusimport.CorpusImportService;
import org.tawsim.format.CorpusFormats;
import org.tawsim.support.DatabaseTest;
import org.tawsim.support.Teams;

/** Imported documents start their history with one entry: who imported which file, and what went into each layer. */
class ImportHistoryTest extends DatabaseTest {

    private static final String RECORD = "{\"id\":\"%s\",\"text\":\"اشتباكات في مدينة جاسم بدرعا\",\"source\":\"%s\","
            + "\"spans\":[{\"id\":1,\"start\":18,\"end\":22,\"label\":\"LOCATION\"},{\"id\":2,\"start\":24,\"end\":28,\"label\":\"LOCATION\"},"
            + "{\"id\":3,\"start\":12,\"end\":17,\"label\":\"LOCATION\"}],\"chains\":%s}\n";

    @Autowired
    Teams teams;
    @Autowired
    DocumentService documents;
    @Autowired
    CorpusImportService imports;
    @Autowired
    AuditService audit;
    @Autowired
    DSLContext dsl;

    Teams.Team team;

    @BeforeEach
    void project() {
        team = teams.create("Import history", "amal", "bilal");
    }

    @Test
    void anAnnotatedCorpusWritesOneEventPerDocumentWithItsCountsPerAnnotator() {
        String amal = team.annotator(0).login();
        String bilal = team.annotator(1).login();
        String file = RECORD.formatted("jasim", amal, "[[1,2]]") + RECORD.formatted("jasim", bilal, "[]")
                + RECORD.formatted("daraa", amal, "[]");
        imports.importFile(team.lead(), team.project().id(), CorpusFormats.JSONL, "corpus.jsonl",
                file.getBytes(StandardCharsets.UTF_8), null);

        List<HistoryEntry> jasim = audit.history(team.lead(), documentId("jasim"), null);
        assertThat(jasim).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("document.imported");
            assertThat(e.actorLogin()).isEqualTo(team.lead().login());
            assertThat(e.occurredAt()).isNotNull();
            assertThat(e.imported()).isEqualTo(new ImportedFile("corpus.jsonl", "jsonl", List.of(
                    new ImportedFile.Layer(amal, 3, 1), new ImportedFile.Layer(bilal, 3, 0))));
            assertThat(e.details()).isEqualTo("corpus.jsonl (jsonl); " + amal + ": 3 spans, 1 chains; " + bilal + ": 3 spans, 0 chains");
        });
        assertThat(audit.history(team.lead(), documentId("daraa"), null)).singleElement()
                .satisfies(e -> assertThat(e.imported().layers()).containsExactly(new ImportedFile.Layer(amal, 3, 0)));
        // one row per document, not one per span or chain (the project's other rows are its members being added)
        assertThat(dsl.fetchCount(org.tawsim.db.Tables.EVENT_LOG, org.tawsim.db.Tables.EVENT_LOG.PROJECT_ID.eq(team.project().id())
                .and(org.tawsim.db.Tables.EVENT_LOG.DOCUMENT_ID.isNotNull()))).isEqualTo(2);
    }

    @Test
    void aPlainTextFileIsInTheHistoryToo() {
        DocumentSummary document = documents.importTextFile(team.lead(), team.project().id(), "jasim.txt",
                "اشتباكات في مدينة جاسم".getBytes(StandardCharsets.UTF_8), null);

        assertThat(audit.history(team.lead(), document.id(), null)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("document.imported");
            assertThat(e.imported()).isEqualTo(new ImportedFile("jasim.txt", "text", List.of()));
        });
        assertThat(audit.annotators(team.lead(), document.id())).containsExactly(Map.entry(team.lead().id(), team.lead().login()));
    }

    @Test
    void aRefusedFileLeavesNoEvent() {
        String file = RECORD.formatted("jasim", team.annotator(0).login(), "[]") + RECORD.formatted("daraa", "nobody", "[]");
        assertThatThrownBy(() -> imports.importFile(team.lead(), team.project().id(), CorpusFormats.JSONL, "bad.jsonl",
                file.getBytes(StandardCharsets.UTF_8), null)).isInstanceOf(UserError.class);

        assertThat(dsl.fetchCount(org.tawsim.db.Tables.EVENT_LOG, org.tawsim.db.Tables.EVENT_LOG.PROJECT_ID.eq(team.project().id())
                .and(org.tawsim.db.Tables.EVENT_LOG.KIND.notIn("member.added")))).isZero();
    }

    private long documentId(String externalId) {
        return documents.summaries(team.lead(), team.project().id()).stream().filter(d -> d.externalId().equals(externalId))
                .findFirst().orElseThrow().id();
    }
}
