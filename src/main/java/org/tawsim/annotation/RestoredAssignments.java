package org.tawsim.annotation;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Assignments a restore brings back with their status and times; runs in the restore's transaction. */
@Service
public class RestoredAssignments {

    private final AssignmentRepository assignments;

    RestoredAssignments(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    /** @param status the status as stored ("assigned", "started", "done"), already checked by the restore */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(long projectId, long documentId, long annotatorId, String status, OffsetDateTime assignedAt,
                    OffsetDateTime startedAt, OffsetDateTime finishedAt) {
        assignments.insertRestored(projectId, documentId, annotatorId, status, assignedAt, startedAt, finishedAt);
    }
}
