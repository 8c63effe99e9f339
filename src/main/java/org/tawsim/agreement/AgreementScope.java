package org.tawsim.agreement;

import java.util.Collection;
import java.util.Locale;
import org.tawsim.annotation.AssignmentStatus;
import org.tawsim.base.UserError;

/**
 * Which documents agreement is computed over, by the assignment status of the compared annotators assigned to
 * them. A document assigned to one of them only compares nothing, so DONE and STARTED need two.
 */
public enum AgreementScope {
    /** Every compared annotator assigned to the document marked it done (the default). */
    DONE,
    /** Every compared annotator assigned to the document opened or changed it (in progress or done). */
    STARTED,
    /** Every document assigned to a compared annotator, never-opened ones included. */
    ALL;

    public boolean includes(Collection<AssignmentStatus> statuses) {
        return switch (this) {
            case DONE -> statuses.size() >= 2 && statuses.stream().allMatch(s -> s == AssignmentStatus.DONE);
            case STARTED -> statuses.size() >= 2 && statuses.stream().allMatch(s -> s != AssignmentStatus.NEW);
            case ALL -> !statuses.isEmpty();
        };
    }

    /** The lower-case name the API and the page use. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code done}, {@code started} or {@code all}; null or blank is the default. */
    public static AgreementScope parse(String value) {
        if (value == null || value.isBlank()) {
            return DONE;
        }
        for (AgreementScope scope : values()) {
            if (scope.key().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return scope;
            }
        }
        throw new UserError("agreement.error.scope", value);
    }
}
