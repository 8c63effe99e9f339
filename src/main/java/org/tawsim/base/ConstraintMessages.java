package org.tawsim.base;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The message key for a write the database refused, chosen by the name of the constraint it broke (every
 * constraint in {@code db/} is named for this). The database's own text names tables, columns and values and
 * is never shown: a constraint without a key of its own answers the generic {@code data.integrity}.
 */
final class ConstraintMessages {

    static final String GENERIC = "data.integrity";

    private static final Map<String, String> KEYS = Map.ofEntries(
            entry("app_user_login_uk", "data.integrity.login-taken"),
            entry("app_user_login_lower_uk", "data.integrity.login-taken"),
            entry("app_user_login_ck", "data.integrity.login"),
            entry("app_user_display_name_ck", "data.integrity.display-name"),
            entry("app_user_role_ck", "data.integrity.system-role"),
            entry("app_user_language_ck", "data.integrity.language"),
            entry("project_name_uk", "data.integrity.project-name-taken"),
            entry("project_name_ck", "data.integrity.project-name"),
            entry("label_pk", "data.integrity.label-twice"),
            entry("label_name_ck", "data.integrity.label-name"),
            entry("label_colour_ck", "data.integrity.label-colour"),
            entry("label_hotkey_ck", "data.integrity.label-hotkey"),
            entry("label_hotkey_uk", "data.integrity.label-hotkey-twice"),
            entry("project_member_pk", "data.integrity.member-twice"),
            entry("project_member_role_ck", "data.integrity.project-role"),
            entry("document_external_id_uk", "data.integrity.document-twice"),
            entry("document_sha256_ck", "data.integrity.document-checksum"),
            entry("document_direction_ck", "data.integrity.document-direction"),
            entry("document_text_ck", "data.integrity.document-empty"),
            entry("document_text_immutable_ck", "data.integrity.document-text-fixed"),
            entry("assignment_pk", "data.integrity.assignment-twice"),
            entry("assignment_member_fk", "data.integrity.assignment-member"),
            entry("assignment_status_ck", "data.integrity.assignment-status"),
            entry("span_label_fk", "data.integrity.span-label"),
            entry("span_range_ck", "data.integrity.span-range"),
            entry("span_within_text_ck", "data.integrity.span-range"),
            entry("span_annotator_uk", "data.integrity.span-twice"),
            entry("span_gold_uk", "data.integrity.span-twice"),
            entry("chain_member_span_uk", "data.integrity.mention-twice"));

    private ConstraintMessages() {
    }

    /** The key for the constraint named by PostgreSQL somewhere in this exception's causes. */
    static String key(Throwable refused) {
        for (Throwable t = refused; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PSQLException psql) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                return server == null ? GENERIC : keyOf(server.getConstraint());
            }
        }
        return GENERIC;
    }

    static String keyOf(String constraint) {
        return constraint == null ? GENERIC : KEYS.getOrDefault(constraint, GENERIC);
    }

    /** Every key a constraint can answer, for the test that each is translated. */
    static Set<String> keys() {
        Set<String> keys = new TreeSet<>(KEYS.values());
        keys.add(GENERIC);
        return keys;
    }
}
