package org.tawsim.corpus;

import static org.tawsim.db.Tables.DOCUMENT;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record4;
import org.jooq.Record7;
import org.jooq.SQLDialect;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tawsim.annotation.layer.event.EventLog;
import org.tawsim.text.Headline;

@Repository
class DocumentRepository {

    private static final org.jooq.Field<Integer> LENGTH = DSL.charLength(DOCUMENT.TEXT).as("length");

    private final DSLContext dsl;

    DocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts a document; a null language or direction takes the column's default. */
    long insert(long projectId, NewDocument doc, String language, String direction) {
        var insert = dsl.insertInto(DOCUMENT)
                .set(DOCUMENT.PROJECT_ID, projectId)
                .set(DOCUMENT.EXTERNAL_ID, doc.externalId())
                .set(DOCUMENT.TITLE, doc.title())
                .set(DOCUMENT.TEXT, doc.text())
                .set(DOCUMENT.SHA256, doc.sha256())
                .set(DOCUMENT.SOURCE_FILE, doc.sourceFile());
        if (language != null) {
            insert = insert.set(DOCUMENT.LANGUAGE, language);
        }
        if (direction != null) {
            insert = insert.set(DOCUMENT.DIRECTION, direction);
        }
        return insert.returning(DOCUMENT.ID).fetchOne(DOCUMENT.ID);
    }

    List<String> existingExternalIds(long projectId, Collection<String> externalIds) {
        return dsl.select(DOCUMENT.EXTERNAL_ID).from(DOCUMENT)
                .where(DOCUMENT.PROJECT_ID.eq(projectId)).and(DOCUMENT.EXTERNAL_ID.in(externalIds))
                .orderBy(DOCUMENT.EXTERNAL_ID).fetch(DOCUMENT.EXTERNAL_ID);
    }

    /** Inserts unless the project already has this external id; returns the new id if inserted. */
    Optional<Long> insertIfAbsent(long projectId, NewDocument doc) {
        return dsl.insertInto(DOCUMENT)
                .set(DOCUMENT.PROJECT_ID, projectId)
                .set(DOCUMENT.EXTERNAL_ID, doc.externalId())
                .set(DOCUMENT.TITLE, doc.title())
                .set(DOCUMENT.TEXT, doc.text())
                .set(DOCUMENT.SHA256, doc.sha256())
                .set(DOCUMENT.SOURCE_FILE, doc.sourceFile())
                .onConflictDoNothing()
                .returning(DOCUMENT.ID)
                .fetchOptional(DOCUMENT.ID);
    }

    List<DocumentSummary> summaries(long projectId) {
        return selectSummaries().where(DOCUMENT.PROJECT_ID.eq(projectId))
                .orderBy(DOCUMENT.EXTERNAL_ID)
                .fetch(DocumentRepository::toSummary);
    }

    Optional<DocumentSummary> summary(long id) {
        return selectSummaries().where(DOCUMENT.ID.eq(id))
                .fetchOptional(DocumentRepository::toSummary);
    }

    Optional<Document> findById(long id) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(id)).fetchOptional(r -> new Document(r.getId(),
                r.getProjectId(), r.getExternalId(), r.getTitle(), r.getText(), r.getSha256(), r.getSourceFile(),
                r.getLanguage(), r.getDirection()));
    }

    Optional<Long> projectOf(long documentId) {
        return dsl.select(DOCUMENT.PROJECT_ID).from(DOCUMENT).where(DOCUMENT.ID.eq(documentId)).fetchOptional(DOCUMENT.PROJECT_ID);
    }

    /** Everything but the text: lists never load whole articles. */
    private SelectJoinStep<Record7<Long, Long, String, String, Integer, String, OffsetDateTime>> selectSummaries() {
        return dsl.select(DOCUMENT.ID, DOCUMENT.PROJECT_ID, DOCUMENT.EXTERNAL_ID, DOCUMENT.TITLE, LENGTH,
                DOCUMENT.SOURCE_FILE, DOCUMENT.CREATED_AT).from(DOCUMENT);
    }

    private static DocumentSummary toSummary(Record r) {
        return new DocumentSummary(r.get(DOCUMENT.ID), r.get(DOCUMENT.PROJECT_ID), r.get(DOCUMENT.EXTERNAL_ID),
                r.get(DOCUMENT.TITLE), r.get(LENGTH), r.get(DOCUMENT.SOURCE_FILE), r.get(DOCUMENT.CREATED_AT));
    }

    void rename(long documentId, String title) {
        dsl.update(DOCUMENT).set(DOCUMENT.TITLE, title).where(DOCUMENT.ID.eq(documentId)).execute();
    }

    /**
     * Gives documents titled by their first line before headlines were recognised their headline instead, unless a
     * lead renamed them; returns how many changed. Reads the texts a batch at a time (one pass, at migration time).
     */
    static int retitleFromHeadlines(Connection connection) {
        DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
        int changed = 0;
        Set<Long> renamed = EventLog.renamedDocuments(connection);
        try (Cursor<Record4<Long, String, String, String>> documents = dsl
                .select(DOCUMENT.ID, DOCUMENT.EXTERNAL_ID, DOCUMENT.TITLE, DOCUMENT.TEXT).from(DOCUMENT)
                .fetchSize(100).fetchLazy()) {
            for (Record4<Long, String, String, String> d : documents) {
                if (renamed.contains(d.value1())) {
                    continue;
                }
                String headline = Headline.of(d.value4(), d.value2());
                if (d.value3().equals(Headline.firstLine(d.value4(), d.value2())) && !d.value3().equals(headline)) {
                    changed += dsl.update(DOCUMENT).set(DOCUMENT.TITLE, headline).where(DOCUMENT.ID.eq(d.value1())).execute();
                }
            }
        }
        return changed;
    }
}
