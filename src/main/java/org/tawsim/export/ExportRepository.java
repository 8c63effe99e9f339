package org.tawsim.export;

import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.ASSIGNMENT;
import static org.tawsim.db.Tables.CURATION;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.PROJECT_MEMBER;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tawsim.annotation.layer.LayerOwner;
import org.tawsim.curation.CurationStatus;

/** Reads a project's documents page by page with their annotators' spans and chains, for exports. */
@Repository
class ExportRepository {

    /** Whose layers an export file holds: an annotator's, or the gold layer ({@link #GOLD}). */
    record Source(LayerOwner owner, String login) {
        static final Source GOLD = new Source(LayerOwner.GOLD, "gold");
    }

    record DocumentText(long id, String externalId, String title, String text) {
    }

    private final DSLContext dsl;

    ExportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Annotators of the project and anyone else with spans in it ({@code withSpans}), by login. */
    List<Source> annotators(long projectId, Collection<Long> withSpans) {
        return dsl.selectDistinct(APP_USER.ID, APP_USER.LOGIN).from(APP_USER)
                .where(APP_USER.ID.in(dsl.select(PROJECT_MEMBER.USER_ID).from(PROJECT_MEMBER)
                                .where(PROJECT_MEMBER.PROJECT_ID.eq(projectId)).and(PROJECT_MEMBER.ROLE.eq("annotator")))
                        .or(APP_USER.ID.in(withSpans)))
                .orderBy(APP_USER.LOGIN)
                .fetch(r -> new Source(LayerOwner.annotator(r.value1()), r.value2()));
    }

    Optional<Source> annotator(String login) {
        return dsl.select(APP_USER.ID, APP_USER.LOGIN).from(APP_USER).where(APP_USER.LOGIN.eq(login))
                .fetchOptional(r -> new Source(LayerOwner.annotator(r.value1()), r.value2()));
    }

    /** Every document id of the project (ids only: the split needs them all before any text is read). */
    List<Long> documentIds(long projectId) {
        return documentIds(projectId, false);
    }

    /** As {@link #documentIds(long)}; with {@code curatedOnly} only documents whose curation is done (gold exports). */
    List<Long> documentIds(long projectId, boolean curatedOnly) {
        return dsl.select(DOCUMENT.ID).from(DOCUMENT).where(DOCUMENT.PROJECT_ID.eq(projectId)).and(curated(curatedOnly))
                .orderBy(DOCUMENT.ID).fetch(DOCUMENT.ID);
    }

    /** The next page of documents after {@code afterId}, by id: memory stays bounded by the page size. */
    List<DocumentText> documentsAfter(long projectId, long afterId, int limit) {
        return documentsAfter(projectId, afterId, limit, false);
    }

    List<DocumentText> documentsAfter(long projectId, long afterId, int limit, boolean curatedOnly) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.EXTERNAL_ID, DOCUMENT.TITLE, DOCUMENT.TEXT).from(DOCUMENT)
                .where(DOCUMENT.PROJECT_ID.eq(projectId)).and(DOCUMENT.ID.gt(afterId)).and(curated(curatedOnly))
                .orderBy(DOCUMENT.ID).limit(limit)
                .fetch(r -> new DocumentText(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Document → annotator → assignment status ({@code new}, {@code in_progress}, {@code done}) of these annotators. */
    Map<Long, Map<Long, String>> statuses(Collection<Long> documentIds, Collection<Long> annotatorIds) {
        Map<Long, Map<Long, String>> statuses = new HashMap<>();
        dsl.select(ASSIGNMENT.DOCUMENT_ID, ASSIGNMENT.ANNOTATOR_ID, ASSIGNMENT.STATUS).from(ASSIGNMENT)
                .where(ASSIGNMENT.DOCUMENT_ID.in(documentIds)).and(ASSIGNMENT.ANNOTATOR_ID.in(annotatorIds))
                .forEach(r -> statuses.computeIfAbsent(r.value1(), d -> new HashMap<>()).put(r.value2(), r.value3()));
        return statuses;
    }

    int curatedCount(long projectId) {
        return dsl.fetchCount(CURATION, CURATION.PROJECT_ID.eq(projectId).and(CURATION.STATUS.eq(CurationStatus.CURATED.dbValue())));
    }

    private Condition curated(boolean curatedOnly) {
        return curatedOnly ? DOCUMENT.ID.in(dsl.select(CURATION.DOCUMENT_ID).from(CURATION).where(CURATION.STATUS.eq(CurationStatus.CURATED.dbValue())))
                : DSL.noCondition();
    }
}
