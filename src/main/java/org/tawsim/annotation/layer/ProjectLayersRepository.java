package org.tawsim.annotation.layer;

import static org.tawsim.db.Tables.ANNOTATION_LAYER;
import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.CHAIN;
import static org.tawsim.db.Tables.CHAIN_MEMBER;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.SPAN;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tawsim.db.tables.AppUser;

/** Reads and changes many layers at once: whole documents or projects, counts, and label moves. */
@Repository
class ProjectLayersRepository {

    private static final Comparator<LayerKey> BY_DOCUMENT_GOLD_FIRST = Comparator.comparingLong(LayerKey::documentId)
            .thenComparing(k -> k.owner() instanceof LayerOwner.Annotator a ? a.id() : -1L);

    /** A text without characters outside the BMP: code point offsets are UTF-16 offsets. */
    private static final int[] ONE_UNIT_PER_CODE_POINT = new int[0];

    private final DSLContext dsl;

    ProjectLayersRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<LayerContent> contents(Collection<Long> documentIds, Collection<LayerOwner> owners) {
        return contents(column -> column.in(documentIds), owners);
    }

    List<LayerContent> contents(long projectId) {
        return contents(project(projectId), null);
    }

    List<LayerWork> work(Collection<Long> documentIds, Long onlyAnnotator) {
        return work(column -> column.in(documentIds), onlyAnnotator);
    }

    List<LayerWork> workInProject(long projectId) {
        return work(project(projectId), null);
    }

    List<LayerWork> workOf(long annotatorId) {
        return work(column -> DSL.noCondition(), annotatorId);
    }

    private static Function<Field<Long>, Condition> project(long projectId) {
        return column -> column.in(DSL.select(DOCUMENT.ID).from(DOCUMENT).where(DOCUMENT.PROJECT_ID.eq(projectId)));
    }

    /** The layers of these documents and owners (all owners when null), by document, gold first, then annotator id. */
    private List<LayerContent> contents(Function<Field<Long>, Condition> documents, Collection<LayerOwner> owners) {
        Map<LayerKey, Long> revisions = new HashMap<>();
        dsl.select(ANNOTATION_LAYER.DOCUMENT_ID, ANNOTATION_LAYER.ANNOTATOR_ID, ANNOTATION_LAYER.REVISION).from(ANNOTATION_LAYER)
                .where(documents.apply(ANNOTATION_LAYER.DOCUMENT_ID)).and(owners(ANNOTATION_LAYER.ANNOTATOR_ID, owners))
                .forEach(r -> revisions.put(Owners.key(r.value1(), r.value2()), r.value3()));
        Map<LayerKey, List<Span>> spans = new HashMap<>();
        dsl.select(SPAN.DOCUMENT_ID, SPAN.ANNOTATOR_ID, SPAN.ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL).from(SPAN)
                .where(documents.apply(SPAN.DOCUMENT_ID)).and(owners(SPAN.ANNOTATOR_ID, owners))
                .orderBy(SPAN.DOCUMENT_ID, SPAN.START_OFFSET, SPAN.END_OFFSET.desc(), SPAN.ID)
                .forEach(r -> spans.computeIfAbsent(Owners.key(r.value1(), r.value2()), k -> new ArrayList<>())
                        .add(new Span(r.value3(), r.value4(), r.value5(), r.value6())));
        Map<LayerKey, Map<Long, List<Long>>> chains = new HashMap<>();
        dsl.select(CHAIN.DOCUMENT_ID, CHAIN.ANNOTATOR_ID, CHAIN.ID, CHAIN_MEMBER.SPAN_ID)
                .from(CHAIN).join(CHAIN_MEMBER).on(CHAIN_MEMBER.CHAIN_ID.eq(CHAIN.ID))
                .join(SPAN).on(SPAN.ID.eq(CHAIN_MEMBER.SPAN_ID))
                .where(documents.apply(CHAIN.DOCUMENT_ID)).and(owners(CHAIN.ANNOTATOR_ID, owners))
                .orderBy(CHAIN.DOCUMENT_ID, CHAIN.ID, SPAN.START_OFFSET, SPAN.END_OFFSET.desc(), SPAN.ID)
                .forEach(r -> chains.computeIfAbsent(Owners.key(r.value1(), r.value2()), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.value3(), c -> new ArrayList<>()).add(r.value4()));
        Set<LayerKey> keys = new HashSet<>(revisions.keySet());
        keys.addAll(spans.keySet());
        keys.addAll(chains.keySet());
        return keys.stream().sorted(BY_DOCUMENT_GOLD_FIRST)
                .map(key -> new LayerContent(key, revisions.getOrDefault(key, 0L), List.copyOf(spans.getOrDefault(key, List.of())),
                        chains.getOrDefault(key, Map.of()).entrySet().stream()
                                .map(e -> new Chain(e.getKey(), List.copyOf(e.getValue()))).toList()))
                .toList();
    }

    /** The revision of every layer of the project. */
    Map<LayerKey, Long> revisions(long projectId) {
        Map<LayerKey, Long> revisions = new HashMap<>();
        dsl.select(ANNOTATION_LAYER.DOCUMENT_ID, ANNOTATION_LAYER.ANNOTATOR_ID, ANNOTATION_LAYER.REVISION).from(ANNOTATION_LAYER)
                .where(project(projectId).apply(ANNOTATION_LAYER.DOCUMENT_ID))
                .forEach(r -> revisions.put(Owners.key(r.value1(), r.value2()), r.value3()));
        return revisions;
    }

    /** Who created and last changed each span of the project's layers, by span id. */
    Map<Long, SpanHistory> history(long projectId) {
        AppUser creator = APP_USER.as("creator");
        AppUser updater = APP_USER.as("updater");
        Map<Long, SpanHistory> history = new HashMap<>();
        dsl.select(SPAN.ID, creator.LOGIN, SPAN.CREATED_AT, updater.LOGIN, SPAN.UPDATED_AT).from(SPAN)
                .join(creator).on(creator.ID.eq(SPAN.CREATED_BY)).join(updater).on(updater.ID.eq(SPAN.UPDATED_BY))
                .where(SPAN.PROJECT_ID.eq(projectId))
                .forEach(r -> history.put(r.value1(), new SpanHistory(r.value2(), r.value3(), r.value4(), r.value5())));
        return history;
    }

    /** Annotators' layers of these documents (a layer row or spans), with span counts and last change. */
    private List<LayerWork> work(Function<Field<Long>, Condition> documents, Long onlyAnnotator) {
        Map<LayerKey, Integer> counts = new TreeMap<>(BY_DOCUMENT_GOLD_FIRST);
        dsl.select(SPAN.DOCUMENT_ID, SPAN.ANNOTATOR_ID, DSL.count()).from(SPAN)
                .where(documents.apply(SPAN.DOCUMENT_ID)).and(annotators(SPAN.ANNOTATOR_ID, onlyAnnotator))
                .groupBy(SPAN.DOCUMENT_ID, SPAN.ANNOTATOR_ID)
                .forEach(r -> counts.put(Owners.key(r.value1(), r.value2()), r.value3()));
        Map<LayerKey, OffsetDateTime> updated = new HashMap<>();
        dsl.select(ANNOTATION_LAYER.DOCUMENT_ID, ANNOTATION_LAYER.ANNOTATOR_ID, ANNOTATION_LAYER.UPDATED_AT).from(ANNOTATION_LAYER)
                .where(documents.apply(ANNOTATION_LAYER.DOCUMENT_ID)).and(annotators(ANNOTATION_LAYER.ANNOTATOR_ID, onlyAnnotator))
                .forEach(r -> {
                    LayerKey key = Owners.key(r.value1(), r.value2());
                    updated.put(key, r.value3());
                    counts.putIfAbsent(key, 0);
                });
        return counts.entrySet().stream().map(e -> new LayerWork(e.getKey(), e.getValue(), updated.get(e.getKey()))).toList();
    }

    /** Annotators with a span in the project. */
    Set<Long> annotatorsWithSpans(long projectId) {
        return new HashSet<>(dsl.selectDistinct(SPAN.ANNOTATOR_ID).from(SPAN)
                .where(SPAN.PROJECT_ID.eq(projectId)).and(SPAN.ANNOTATOR_ID.isNotNull()).fetch(SPAN.ANNOTATOR_ID));
    }

    int spansUsing(long projectId, String label) {
        return dsl.fetchCount(SPAN, SPAN.PROJECT_ID.eq(projectId).and(SPAN.LABEL.eq(label)));
    }

    List<LabelUse> layersUsing(long projectId, String label) {
        return dsl.select(SPAN.DOCUMENT_ID, SPAN.ANNOTATOR_ID, DSL.count()).from(SPAN)
                .where(SPAN.PROJECT_ID.eq(projectId).and(SPAN.LABEL.eq(label)))
                .groupBy(SPAN.DOCUMENT_ID, SPAN.ANNOTATOR_ID)
                .orderBy(SPAN.DOCUMENT_ID, SPAN.ANNOTATOR_ID.nullsFirst())
                .fetch(r -> new LabelUse(Owners.key(r.value1(), r.value2()), r.value3()));
    }

    /**
     * Drops the spans of {@code from} that the same layer already has over the same text with {@code to}: after
     * the move they would be the same span twice, which the unique indexes refuse.
     */
    int deleteDuplicates(long projectId, String from, String to) {
        var other = SPAN.as("other");
        return dsl.deleteFrom(SPAN)
                .where(SPAN.PROJECT_ID.eq(projectId).and(SPAN.LABEL.eq(from)))
                .andExists(DSL.selectOne().from(other)
                        .where(other.DOCUMENT_ID.eq(SPAN.DOCUMENT_ID))
                        .and(other.ANNOTATOR_ID.isNotDistinctFrom(SPAN.ANNOTATOR_ID))
                        .and(other.START_OFFSET.eq(SPAN.START_OFFSET))
                        .and(other.END_OFFSET.eq(SPAN.END_OFFSET))
                        .and(other.LABEL.eq(to)))
                .execute();
    }

    int relabel(long projectId, String from, String to, long actorId) {
        return dsl.update(SPAN)
                .set(SPAN.LABEL, to)
                .set(SPAN.VERSION, SPAN.VERSION.plus(1))
                .set(SPAN.UPDATED_BY, actorId)
                .set(SPAN.UPDATED_AT, OffsetDateTime.now())
                .where(SPAN.PROJECT_ID.eq(projectId).and(SPAN.LABEL.eq(from)))
                .execute();
    }

    private static Condition owners(Field<Long> annotatorColumn, Collection<LayerOwner> owners) {
        if (owners == null) {
            return DSL.noCondition();
        }
        List<Long> annotators = owners.stream().map(Owners::column).filter(java.util.Objects::nonNull).toList();
        Condition condition = annotatorColumn.in(annotators);
        return owners.contains(LayerOwner.GOLD) ? condition.or(annotatorColumn.isNull()) : condition;
    }

    private static Condition annotators(Field<Long> annotatorColumn, Long onlyAnnotator) {
        return onlyAnnotator == null ? annotatorColumn.isNotNull() : annotatorColumn.eq(onlyAnnotator);
    }

    /** One aggregate over the project's gold layers and the annotator's own layers (see {@link SurfaceFormsVersion}). */
    SurfaceFormsVersion surfaceFormsVersion(long projectId, long annotatorId) {
        return dsl.select(DSL.count(), DSL.coalesce(DSL.sum(ANNOTATION_LAYER.REVISION), DSL.inline(BigDecimal.ZERO)),
                        DSL.coalesce(DSL.max(ANNOTATION_LAYER.ID), DSL.inline(0L)))
                .from(ANNOTATION_LAYER)
                .join(DOCUMENT).on(DOCUMENT.ID.eq(ANNOTATION_LAYER.DOCUMENT_ID))
                .where(DOCUMENT.PROJECT_ID.eq(projectId))
                .and(ANNOTATION_LAYER.ANNOTATOR_ID.eq(annotatorId).or(ANNOTATION_LAYER.ANNOTATOR_ID.isNull()))
                .fetchSingle(r -> new SurfaceFormsVersion(r.value1(), r.value2().longValue(), r.value3()));
    }

    /**
     * The text every span of the project's gold and of one annotator's layers covers, with its label and how often
     * (what suggestions learn from). Never another annotator's spans. The text is cut here, not in SQL: PostgreSQL's
     * substring walks a UTF-8 text from its start for every span, seconds for 5,000 spans of a long document.
     */
    List<SurfaceForm> surfaceForms(long projectId, long annotatorId) {
        var spans = dsl.select(SPAN.DOCUMENT_ID, SPAN.START_OFFSET, SPAN.END_OFFSET, SPAN.LABEL).from(SPAN)
                .where(SPAN.PROJECT_ID.eq(projectId).and(SPAN.ANNOTATOR_ID.eq(annotatorId).or(SPAN.ANNOTATOR_ID.isNull())))
                .fetch();
        Set<Long> documentIds = new HashSet<>(spans.getValues(SPAN.DOCUMENT_ID));
        Map<Long, String> texts = documentIds.isEmpty() ? Map.of()
                : dsl.select(DOCUMENT.ID, DOCUMENT.TEXT).from(DOCUMENT).where(DOCUMENT.ID.in(documentIds)).fetchMap(DOCUMENT.ID, DOCUMENT.TEXT);
        Map<Long, int[]> units = new HashMap<>();
        Map<SurfaceForm, Integer> counts = new TreeMap<>(Comparator.comparing(SurfaceForm::text).thenComparing(SurfaceForm::label));
        for (var span : spans) {
            String text = texts.get(span.value1());
            int[] unit = units.computeIfAbsent(span.value1(), id -> unitIndex(text));
            int start = span.value2();
            int end = span.value3();
            boolean direct = unit == ONE_UNIT_PER_CODE_POINT;
            if (text == null || start < 0 || end > (direct ? text.length() : unit.length - 1) || start >= end) {
                continue;
            }
            String surface = direct ? text.substring(start, end) : text.substring(unit[start], unit[end]);
            counts.merge(new SurfaceForm(surface, span.value4(), 0), 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> new SurfaceForm(e.getKey().text(), e.getKey().label(), e.getValue())).toList();
    }

    /** UTF-16 index of every code point (and of the end), or {@link #ONE_UNIT_PER_CODE_POINT}. */
    private static int[] unitIndex(String text) {
        if (text == null || text.codePointCount(0, text.length()) == text.length()) {
            return ONE_UNIT_PER_CODE_POINT;
        }
        int[] unit = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            unit[cp++] = i;
        }
        unit[cp] = text.length();
        return unit;
    }
}
