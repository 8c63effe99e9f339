package org.tawsim.backup;

import static org.tawsim.db.Tables.APP_USER;
import static org.tawsim.db.Tables.ASSIGNMENT;
import static org.tawsim.db.Tables.DOCUMENT;
import static org.tawsim.db.Tables.LABEL;
import static org.tawsim.db.Tables.PROJECT;
import static org.tawsim.db.Tables.PROJECT_MEMBER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.jooq.Record;
import org.tawsim.annotation.layer.LayerContent;
import org.tawsim.annotation.layer.LayerOwner;
import org.tawsim.annotation.layer.LayerReads;
import org.tawsim.annotation.layer.Span;
import org.tawsim.annotation.layer.SpanHistory;
import org.tawsim.backup.ProjectBackup.AssignmentEntry;
import org.tawsim.backup.ProjectBackup.DocumentEntry;
import org.tawsim.backup.ProjectBackup.LabelEntry;
import org.tawsim.backup.ProjectBackup.LayerEntry;
import org.tawsim.backup.ProjectBackup.MemberEntry;
import org.tawsim.backup.ProjectBackup.OutcomeEntry;
import org.tawsim.backup.ProjectBackup.PredictionEntry;
import org.tawsim.backup.ProjectBackup.RejectionEntry;
import org.tawsim.backup.ProjectBackup.SpanEntry;
import org.tawsim.backup.ProjectBackup.SuggestionsEntry;
import org.tawsim.backup.ProjectBackup.UserEntry;
import org.tawsim.suggestion.SuggestionRecords;
import org.tawsim.suggestion.prediction.StoredPrediction;
import org.tawsim.suggestion.prediction.StoredPredictions;

/** Reads a whole project into a {@link ProjectBackup} and writes one back as a new project. */
@Repository
class BackupRepository {

    /** A stored hash no password matches: restored accounts must be given a password by an admin. */

    private final DSLContext dsl;
    private final SuggestionRecords suggestionRecords;
    private final StoredPredictions predictions;

    BackupRepository(DSLContext dsl, SuggestionRecords suggestionRecords, StoredPredictions predictions) {
        this.dsl = dsl;
        this.suggestionRecords = suggestionRecords;
        this.predictions = predictions;
    }

    /** The whole project; every read runs in the caller's snapshot ({@code reads}). */
    Optional<ProjectBackup> read(long projectId, LayerReads reads) {
        Record project = dsl.select(PROJECT.NAME, PROJECT.DESCRIPTION, PROJECT.ANNOTATORS_SEE_EACH_OTHER).from(PROJECT).where(PROJECT.ID.eq(projectId)).fetchOne();
        if (project == null) {
            return Optional.empty();
        }
        List<LabelEntry> labels = dsl.selectFrom(LABEL).where(LABEL.PROJECT_ID.eq(projectId)).orderBy(LABEL.POSITION, LABEL.NAME)
                .fetch(r -> new LabelEntry(r.getName(), r.getColour(), r.getHotkey(), r.getPosition(), r.getDisplayEn(),
                        r.getDisplayAr(), r.getGuideline()));
        List<MemberEntry> members = dsl.select(APP_USER.LOGIN, PROJECT_MEMBER.ROLE).from(PROJECT_MEMBER)
                .join(APP_USER).on(APP_USER.ID.eq(PROJECT_MEMBER.USER_ID))
                .where(PROJECT_MEMBER.PROJECT_ID.eq(projectId)).orderBy(APP_USER.LOGIN)
                .fetch(r -> new MemberEntry(r.value1(), r.value2()));

        Map<Long, List<AssignmentEntry>> assignments = new HashMap<>();
        dsl.select(ASSIGNMENT.DOCUMENT_ID, APP_USER.LOGIN, ASSIGNMENT.STATUS, ASSIGNMENT.ASSIGNED_AT, ASSIGNMENT.STARTED_AT,
                        ASSIGNMENT.FINISHED_AT)
                .from(ASSIGNMENT).join(APP_USER).on(APP_USER.ID.eq(ASSIGNMENT.ANNOTATOR_ID))
                .where(ASSIGNMENT.PROJECT_ID.eq(projectId)).orderBy(APP_USER.LOGIN)
                .forEach(r -> assignments.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new AssignmentEntry(r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));

        // layers by document, then by annotator login ("" sorts the gold layer first)
        Map<Long, TreeMap<String, LayerBuilder>> layers = new HashMap<>();
        Map<Long, SpanHistory> history = reads.history(projectId);
        List<LayerContent> stored = reads.project(projectId);
        Map<Long, String> owners = logins(stored.stream().map(l -> l.key().owner())
                .filter(o -> o instanceof LayerOwner.Annotator).map(o -> ((LayerOwner.Annotator) o).id()).toList());
        for (LayerContent content : stored) {
            String login = content.key().owner() instanceof LayerOwner.Annotator a ? owners.get(a.id()) : null;
            LayerBuilder layer = layer(layers, content.key().documentId(), login);
            layer.revision = content.revision();
            for (Span span : content.spans()) {
                SpanHistory h = history.get(span.id());
                layer.spans.put(span.id(), new SpanEntry(span.start(), span.end(), span.label(), h.createdBy(), h.createdAt(),
                        h.updatedBy(), h.updatedAt()));
            }
            content.chains().forEach(chain -> layer.chainSpanIds.add(chain.spanIds()));
        }

        List<DocumentEntry> documents = dsl.selectFrom(DOCUMENT).where(DOCUMENT.PROJECT_ID.eq(projectId))
                .orderBy(DOCUMENT.EXTERNAL_ID)
                .fetch(d -> new DocumentEntry(d.getExternalId(), d.getTitle(), d.getText(), d.getSha256(), d.getSourceFile(),
                        d.getLanguage(), d.getDirection(), assignments.getOrDefault(d.getId(), List.of()),
                        layers.getOrDefault(d.getId(), new TreeMap<>()).values().stream().map(LayerBuilder::build).toList()));

        Map<Long, String> externalIds = dsl.select(DOCUMENT.ID, DOCUMENT.EXTERNAL_ID).from(DOCUMENT)
                .where(DOCUMENT.PROJECT_ID.eq(projectId)).fetchMap(DOCUMENT.ID, DOCUMENT.EXTERNAL_ID);
        SuggestionsEntry suggestions = suggestions(projectId, externalIds);

        List<String> logins = new ArrayList<>(members.stream().map(MemberEntry::login).toList());
        suggestions.rejections().forEach(r -> logins.add(r.annotator()));
        suggestions.outcomes().forEach(o -> logins.add(o.annotator()));
        suggestions.predictions().forEach(p -> logins.add(p.importedBy()));
        documents.forEach(d -> d.layers().forEach(l -> l.spans().forEach(s -> {
            logins.add(s.createdBy());
            logins.add(s.updatedBy());
        })));
        List<UserEntry> users = dsl.select(APP_USER.LOGIN, APP_USER.DISPLAY_NAME, APP_USER.SYSTEM_ROLE).from(APP_USER)
                .where(APP_USER.LOGIN.in(logins)).orderBy(APP_USER.LOGIN)
                .fetch(r -> new UserEntry(r.value1(), r.value2(), r.value3()));
        return Optional.of(new ProjectBackup(ProjectBackup.FORMAT, 1, project.get(PROJECT.NAME),
                project.get(PROJECT.DESCRIPTION), project.get(PROJECT.ANNOTATORS_SEE_EACH_OTHER), labels, users, members,
                documents, suggestions));
    }

    private SuggestionsEntry suggestions(long projectId, Map<Long, String> externalIds) {
        List<SuggestionRecords.Rejection> rejections = suggestionRecords.rejections(projectId);
        List<SuggestionRecords.Outcome> outcomes = suggestionRecords.outcomes(projectId);
        List<StoredPrediction> predicted = predictions.of(projectId);
        List<Long> people = new ArrayList<>(rejections.stream().map(SuggestionRecords.Rejection::annotatorId).toList());
        outcomes.forEach(o -> people.add(o.annotatorId()));
        predicted.forEach(p -> people.add(p.importedBy()));
        Map<Long, String> logins = logins(people.stream().distinct().toList());
        return new SuggestionsEntry(new TreeMap<>(suggestionRecords.switches(projectId)),
                rejections.stream().map(r -> new RejectionEntry(externalIds.get(r.documentId()), logins.get(r.annotatorId()),
                        r.start(), r.end(), r.label(), r.rejectedAt())).toList(),
                outcomes.stream().map(o -> new OutcomeEntry(externalIds.get(o.documentId()), logins.get(o.annotatorId()),
                        o.recommender(), o.label(), o.accepted(), o.decidedAt())).toList(),
                predicted.stream().map(p -> new PredictionEntry(externalIds.get(p.documentId()), p.prediction().start(),
                        p.prediction().end(), p.prediction().label(), p.prediction().score(), logins.get(p.importedBy()),
                        p.importedAt())).sorted(Comparator.comparing(PredictionEntry::document)
                        .thenComparingInt(PredictionEntry::start).thenComparingInt(PredictionEntry::end)
                        .thenComparing(PredictionEntry::label)).toList());
    }

    private Map<Long, String> logins(List<Long> userIds) {
        return userIds.isEmpty() ? Map.of()
                : dsl.select(APP_USER.ID, APP_USER.LOGIN).from(APP_USER).where(APP_USER.ID.in(userIds)).fetchMap(APP_USER.ID, APP_USER.LOGIN);
    }

    private static LayerBuilder layer(Map<Long, TreeMap<String, LayerBuilder>> layers, long documentId, String login) {
        return layers.computeIfAbsent(documentId, k -> new TreeMap<>())
                .computeIfAbsent(login == null ? "" : login, k -> new LayerBuilder(login));
    }

    /** Collects one layer; spans in text order and chains as indexes into that order. */
    private static final class LayerBuilder {
        final String annotator;
        long revision;
        final Map<Long, SpanEntry> spans = new HashMap<>();
        final List<List<Long>> chainSpanIds = new ArrayList<>();

        LayerBuilder(String annotator) {
            this.annotator = annotator;
        }

        LayerEntry build() {
            List<Map.Entry<Long, SpanEntry>> ordered = spans.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<Long, SpanEntry> e) -> e.getValue().start())
                            .thenComparing(e -> e.getValue().end()).thenComparing(e -> e.getValue().label()))
                    .toList();
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                index.put(ordered.get(i).getKey(), i);
            }
            List<List<Integer>> chains = chainSpanIds.stream()
                    .map(ids -> ids.stream().map(index::get).sorted().toList())
                    .sorted(Comparator.comparing(c -> c.get(0)))
                    .toList();
            return new LayerEntry(annotator, revision, ordered.stream().map(Map.Entry::getValue).toList(), chains);
        }
    }
}
