package org.tawsim.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import org.tawsim.backup.ProjectBackup.AssignmentEntry;
import org.tawsim.backup.ProjectBackup.DocumentEntry;
import org.tawsim.backup.ProjectBackup.MemberEntry;
import org.tawsim.backup.ProjectBackup.UserEntry;
import org.tawsim.base.UserError;
import org.tawsim.suggestion.RecommenderSettings;

/**
 * What a restore checks in a backup before it stores anything: each document's text against its SHA-256, and
 * every enumerated value (roles, assignment status, text direction), read case-insensitively. Returns the backup
 * with those values in the form the database keeps; a {@link UserError} names the first value that is wrong.
 */
final class RestoreCheck {

    static final List<String> SYSTEM_ROLES = List.of("admin", "lead", "annotator", "viewer");
    static final List<String> PROJECT_ROLES = List.of("lead", "annotator", "viewer");
    static final List<String> ASSIGNMENT_STATUSES = List.of("new", "in_progress", "done");
    static final List<String> DIRECTIONS = List.of("rtl", "ltr");

    private RestoreCheck() {
    }

    static ProjectBackup checked(ProjectBackup backup) {
        List<UserEntry> users = backup.users().stream().map(u -> new UserEntry(u.login(), u.displayName(),
                oneOf("users[" + u.login() + "].systemRole", u.systemRole(), SYSTEM_ROLES))).toList();
        List<MemberEntry> members = backup.members().stream().map(m -> new MemberEntry(m.login(),
                oneOf("members[" + m.login() + "].role", m.role(), PROJECT_ROLES))).toList();
        List<DocumentEntry> documents = backup.documents().stream().map(RestoreCheck::checked).toList();
        return new ProjectBackup(backup.format(), backup.version(), backup.name(), backup.description(),
                backup.annotatorsSeeEachOther(), backup.labels(), users, members, documents, checked(backup.suggestionsOrNone()));
    }

    /** Recommender names are one of the known ones; an offset range is a non-empty range. */
    private static ProjectBackup.SuggestionsEntry checked(ProjectBackup.SuggestionsEntry part) {
        Map<String, Boolean> switches = new TreeMap<>();
        part.switches().forEach((name, on) -> switches.put(oneOf("suggestions.switches", name, RecommenderSettings.NAMES), on));
        part.rejections().forEach(r -> {
            if (r.start() < 0 || r.end() <= r.start() || r.label() == null) {
                throw new UserError("backup.error.format");
            }
        });
        List<ProjectBackup.OutcomeEntry> outcomes = part.outcomes().stream().map(o -> new ProjectBackup.OutcomeEntry(
                o.document(), o.annotator(), oneOf("suggestions.outcomes.recommender", o.recommender(), RecommenderSettings.NAMES),
                o.label(), o.accepted(), o.decidedAt())).toList();
        part.predictions().forEach(p -> {
            if (p.start() < 0 || p.end() <= p.start() || p.label() == null || !(p.score() >= 0 && p.score() <= 1)) {
                throw new UserError("backup.error.format");
            }
        });
        return new ProjectBackup.SuggestionsEntry(switches, part.rejections(), outcomes, part.predictions());
    }

    private static DocumentEntry checked(DocumentEntry d) {
        String where = "documents[" + d.externalId() + "]";
        if (d.text() == null || d.sha256() == null || !sha256(d.text()).equalsIgnoreCase(d.sha256())) {
            throw new UserError("backup.error.checksum", d.externalId());
        }
        List<AssignmentEntry> assignments = d.assignments().stream().map(a -> new AssignmentEntry(a.annotator(),
                oneOf(where + ".assignments[" + a.annotator() + "].status", a.status(), ASSIGNMENT_STATUSES),
                a.assignedAt(), a.startedAt(), a.finishedAt())).toList();
        return new DocumentEntry(d.externalId(), d.title(), d.text(), sha256(d.text()), d.sourceFile(), d.language(),
                oneOf(where + ".direction", d.direction(), DIRECTIONS), assignments, d.layers());
    }

    /** The allowed value this one spells in any case; an error naming the field and the allowed values otherwise. */
    static String oneOf(String field, String value, List<String> allowed) {
        String lower = value == null ? null : value.strip().toLowerCase(Locale.ROOT);
        if (lower == null || !allowed.contains(lower)) {
            throw new UserError("backup.error.value", field, String.valueOf(value), String.join(", ", allowed));
        }
        return lower;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
