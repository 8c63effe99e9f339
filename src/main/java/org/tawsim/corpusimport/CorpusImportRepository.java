package org.tawsim.corpusimport;

import static org.tawsim.db.Tables.ANNOTATION_LAYER;
import static org.tawsim.db.Tables.CHAIN;
import static org.tawsim.db.Tables.CHAIN_MEMBER;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.SPAN;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tawsim.corpus.NewDocument;

/** Inserts imported documents with their spans and chains; the service runs it in one transaction per file. */
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

    long insertSpan(long projectId, long documentId, long annotatorId, int start, int end, String label, long by) {
        return dsl.insertInto(SPAN)
                .set(SPAN.DOCUMENT_ID, documentId)
                .set(SPAN.PROJECT_ID, projectId)
                .set(SPAN.ANNOTATOR_ID, annotatorId)
                .set(SPAN.START_OFFSET, start)
                .set(SPAN.END_OFFSET, end)
                .set(SPAN.LABEL, label)
                .set(SPAN.CREATED_BY, by)
                .set(SPAN.UPDATED_BY, by)
                .returning(SPAN.ID)
                .fetchOne(SPAN.ID);
    }

    long insertChain(long documentId, long annotatorId, long by) {
        return dsl.insertInto(CHAIN)
                .set(CHAIN.DOCUMENT_ID, documentId)
                .set(CHAIN.ANNOTATOR_ID, annotatorId)
                .set(CHAIN.CREATED_BY, by)
                .returning(CHAIN.ID)
                .fetchOne(CHAIN.ID);
    }

    void insertChainMember(long chainId, long spanId, long documentId) {
        dsl.insertInto(CHAIN_MEMBER)
                .set(CHAIN_MEMBER.CHAIN_ID, chainId)
                .set(CHAIN_MEMBER.SPAN_ID, spanId)
                .set(CHAIN_MEMBER.DOCUMENT_ID, documentId)
                .execute();
    }

    void ensureLayer(long documentId, long annotatorId) {
        dsl.insertInto(ANNOTATION_LAYER)
                .set(ANNOTATION_LAYER.DOCUMENT_ID, documentId)
                .set(ANNOTATION_LAYER.ANNOTATOR_ID, annotatorId)
                .onConflictDoNothing()
                .execute();
    }
}
