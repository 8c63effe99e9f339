package org.tawsim.annotation;

import org.springframework.stereotype.Component;
import org.tawsim.account.UserAccount;
import org.tawsim.corpus.DocumentReadPermission;

/** An annotator reads the documents assigned to them, and no others. */
@Component
class AssignedAnnotatorMayRead implements DocumentReadPermission {

    private final AssignmentRepository assignments;

    AssignedAnnotatorMayRead(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Override
    public boolean mayRead(UserAccount user, long projectId, long documentId) {
        return assignments.isAssigned(documentId, user.id());
    }
}
