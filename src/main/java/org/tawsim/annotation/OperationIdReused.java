package org.tawsim.annotation;

import java.util.UUID;
import org.tawsim.base.UserError;

/** An operation id this actor already used on this layer, sent with another operation: nothing was applied. */
public class OperationIdReused extends UserError {

    public OperationIdReused(UUID opId) {
        super("operation.id.reused", opId.toString());
    }
}
