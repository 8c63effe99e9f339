package org.tawsim.annotation;

import java.util.UUID;
import org.tawsim.base.UserError;

/** The body of a POST to an operations endpoint, for an annotator's layer and for gold alike. */
public record OperationRequest(long baseRevision, UUID opId, Operation operation) {

    /** The operation, or a clear error when the body names none. */
    public Operation requireOperation() {
        if (operation == null) {
            throw new UserError("operation.error.missing");
        }
        return operation;
    }
}
