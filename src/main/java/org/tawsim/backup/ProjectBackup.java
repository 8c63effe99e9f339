package org.tawsim.backup;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole project in one JSON document: what a restore needs to rebuild it in another (or an empty) database.
 * Nothing in it is a database id: people are named by login, documents by their external id, and a chain names
 * its mentions by their index in its layer's span list (spans in text order), so two backups of equal projects
 * are equal JSON. The change history (event log) is not part of it. {@code annotatorsSeeEachOther} is the lead's
 * sharing setting; a file written before it existed lacks it and restores as blind annotation (false).
 * {@code suggestions} is what the suggestion feature keeps (switches, rejected places, accept/reject decisions,
 * imported predictions); a
 * file written before it existed lacks it and restores with the default switches and nothing rejected.
 */
public record ProjectBackup(String format, int version, String name, String description,
                            @JsonSetter(nulls = Nulls.AS_EMPTY) boolean annotatorsSeeEachOther,
                            List<LabelEntry> labels, List<UserEntry> users, List<MemberEntry> members,
                            List<DocumentEntry> documents, SuggestionsEntry suggestions) {

    public static final String FORMAT = "tawsim-project-backup";

    /** The same backup with the suggestion feature's part. */
    public ProjectBackup withSuggestions(SuggestionsEntry part) {
        return new ProjectBackup(format, version, name, description, annotatorsSeeEachOther, labels, users, members,
                documents, part);
    }

    /** The suggestion feature's part, empty for a file written before it existed. */
    public SuggestionsEntry suggestionsOrNone() {
        return suggestions == null ? new SuggestionsEntry(Map.of(), List.of(), List.of(), List.of()) : suggestions;
    }

    /** Whether every list a restore walks is there: a hand-edited or truncated file may lack one. */
    public boolean complete() {
        return FORMAT.equals(format) && version == 1 && name != null && present(labels) && present(users)
                && present(members) && present(documents)
                && documents.stream().allMatch(d -> present(d.assignments()) && present(d.layers())
                        && d.layers().stream().allMatch(l -> present(l.spans()) && present(l.chains())
                                && l.chains().stream().allMatch(ProjectBackup::present)))
                && (suggestions == null || suggestions.complete());
    }

    private static boolean present(List<?> list) {
        return list != null && list.stream().allMatch(Objects::nonNull);
    }

    /**
     * Display names and guideline came with label sets; a file written before lacks them and restores the labels
     * without (display names null: the name shows; guideline empty).
     */
    public record LabelEntry(String name, String colour, String hotkey, int position, String displayEn,
                             String displayAr, String guideline) {
    }

    /** Accounts the project refers to; a restore creates missing ones, disabled, without a usable password. */
    public record UserEntry(String login, String displayName, String systemRole) {
    }

    public record MemberEntry(String login, String role) {
    }

    public record DocumentEntry(String externalId, String title, String text, String sha256, String sourceFile,
                                String language, String direction, List<AssignmentEntry> assignments,
                                List<LayerEntry> layers) {
    }

    public record AssignmentEntry(String annotator, String status, OffsetDateTime assignedAt, OffsetDateTime startedAt,
                                  OffsetDateTime finishedAt) {
    }

    /** @param annotator login, or null for the gold layer */
    public record LayerEntry(String annotator, long revision, List<SpanEntry> spans, List<List<Integer>> chains) {
    }

    public record SpanEntry(int start, int end, String label, String createdBy, OffsetDateTime createdAt,
                            String updatedBy, OffsetDateTime updatedAt) {
    }

    /**
     * The lead's recommender switches by name (missing ones are at their defaults), the places annotators rejected,
     * and every accept/reject decision; documents by external id, people by login.
     */
    public record SuggestionsEntry(Map<String, Boolean> switches, List<RejectionEntry> rejections,
                                   List<OutcomeEntry> outcomes,
                                   @JsonSetter(nulls = Nulls.AS_EMPTY) List<PredictionEntry> predictions) {

        boolean complete() {
            return switches != null && !switches.containsValue(null) && present(rejections) && present(outcomes)
                    && present(predictions);
        }
    }

    /** An imported prediction: offsets in code points, who imported it (login) and when. */
    public record PredictionEntry(String document, int start, int end, String label, double score, String importedBy,
                                  OffsetDateTime importedAt) {
    }

    public record RejectionEntry(String document, String annotator, int start, int end, String label,
                                 OffsetDateTime rejectedAt) {
    }

    public record OutcomeEntry(String document, String annotator, String recommender, String label, boolean accepted,
                               OffsetDateTime decidedAt) {
    }
}
