package org.tawsim.corpusimport;

import static org.tawsim.db.Tables.DOCUMENT;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tawsim.corpus.NewDocument;

/** Inserts imported documents (their layers go through the kernel); the service runs one transaction per file. */
@Repository
class CorpusImportRepository {

    private final DSLContext dsl;

    CorpusImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<String> existingExternalIds(long projectId, Collection<String> externalIds) {
        return dsl.select(DOCUMENT.EXTERNAL_ID).from(DOCUMENT)
                .where(DOCUMENT.PROJECT_ID.eq(projectId)).and(DOCUMENT.EXTERNAL_ID.in(externalIds))
                .orderBy(DOCUMENT.EXTERNAL_ID).fetch(DOCUMENT.EXTERNAL_ID);
    }

    long insertDocument(long projectId, NewDocument doc) {
        return dsl.insertInto(DOCUMENT)
                .set(DOCUMENT.PROJECT_ID, projectId)
                .set(DOCUMENT.EXTERNAL_ID, doc.externalId())
                .set(DOCUMENT.TITLE, doc.title())
                .set(DOCUMENT.TEXT, doc.text())
                .set(DOCUMENT.SHA256, doc.sha256())
                .set(DOCUMENT.SOURCE_FILE, doc.sourceFile())
                .returning(DOCUMENT.ID)
                .fetchOne(DOCUMENT.ID);
    }
}
