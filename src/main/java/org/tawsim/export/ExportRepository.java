package org.tawsim.export;

import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.CHAIN;
import static org.tawsim.db.Tables.CHAIN_MEMBER;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.PROJECT_MEMBER;
import static org.tawsim.db.Tables.SPAN;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads a project's documents page by page with their annotators' spans and chains, for exports. */
@Repository
class ExportRepository {

    record Source(long annotatorId, String login) {
    }

    record DocumentText(long id, String externalId, String title, String text) {
    }

    record SourceSpan(long documentId, long annotatorId, long id, int start, int end, String label) {
    }

    record ChainMember(long documentId, long annotatorId, long chainId, long spanId) {
    }

    private final DSLContext dsl;

    ExportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Annotators of the project and anyone else with spans in it, by login. */
    List<Source> annotators(long projectId) {
        return dsl.selectDistinct(APP_USER.ID, APP_USER.LOGIN).from(APP_USER)
                .where(APP_USER.ID.in(dsl.select(PROJECT_MEMBER.USER_ID).from(PROJECT_MEMBER)
                                .where(PROJECT_MEMBER.PROJECT_ID.eq(projectId)).and(PROJECT_MEMBER.ROLE.eq("annotator")))
                        .or(APP_USER.ID.in(dsl.select(SPAN.ANNOTATOR_ID).from(SPAN).where(SPAN.PROJECT_ID.eq(projectId)))))
                .orderBy(APP_USER.LOGIN)
                .fetch(r -> new Source(r.value1(), r.value2()));
    }

    Optional<Source> annotator(String login) {
        return dsl.select(APP_USER.ID, APP_USER.LOGIN).from(APP_USER).where(APP_USER.LOGIN.eq(login))
                .fetchOptional(r -> new Source(r.value1(), r.value2()));
    }

    /** Every document id of the project (ids only: the split needs them all before any text is read). */
    List<Long> documentIds(long projectId) {
        return dsl.select(DOCUMENT.ID).from(DOCUMENT).where(DOCUMENT.PROJECT_ID.eq(projectId))
                .orderBy(DOCUMENT.ID).fetch(DOCUMENT.ID);
    }

    /** The next page of documents after {@code afterId}, by id: memory stays bounded by the page size. */
    List<DocumentText> documentsAfter(long projectId, long afterId, int limit) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.EXTERNAL_ID, DOCUMENT.TITLE, DOCUMENT.TEXT).from(DOCUMENT)
                .where(DOCUMENT.PROJECT_ID.eq(projectId)).and(DOCUMENT.ID.gt(afterId))
                .orderBy(DOCUMENT.ID).limit(limit)
                .fetch(r -> new DocumentText(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    List<SourceSpan> spans(Collection<Long> documentIds, Collection<Long> annotatorIds) {
        return dsl.select(SPAN.DOCUMENT_ID, SPAN.ANNOTATOR_ID, SPAN.ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL)
                .from(SPAN)
                .where(SPAN.DOCUMENT_ID.in(documentIds)).and(SPAN.ANNOTATOR_ID.in(annotatorIds))
                .orderBy(SPAN.DOCUMENT_ID, SPAN.START_OFFSET, SPAN.END_OFFSET.desc(), SPAN.ID)
                .fetch(r -> new SourceSpan(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    List<ChainMember> chainMembers(Collection<Long> documentIds, Collection<Long> annotatorIds) {
        return dsl.select(CHAIN.DOCUMENT_ID, CHAIN.ANNOTATOR_ID, CHAIN.ID, CHAIN_MEMBER.SPAN_ID)
                .from(CHAIN).join(CHAIN_MEMBER).on(CHAIN_MEMBER.CHAIN_ID.eq(CHAIN.ID))
                .join(SPAN).on(SPAN.ID.eq(CHAIN_MEMBER.SPAN_ID))
                .where(CHAIN.DOCUMENT_ID.in(documentIds)).and(CHAIN.ANNOTATOR_ID.in(annotatorIds))
                .orderBy(CHAIN.DOCUMENT_ID, CHAIN.ID, SPAN.START_OFFSET, SPAN.ID)
                .fetch(r -> new ChainMember(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
