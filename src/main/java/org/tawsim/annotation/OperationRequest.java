package org.tawsim.annotation;

import java.util.Objects;
import java.util.UUID;
import org.tawsim.base.TooManyEntries;
import org.tawsim.base.UserError;

/** The body of a POST to an operations endpoint, for an annotator's layer and for gold alike. */
public record OperationRequest(long baseRevision, UUID opId, Operation operation) {

    /** Where the moves are in the body, as error messages name the field. */
    private static final String MOVES_FIELD = "operation.moves";

    /** The operation, or a clear error when the body names none or carries more moves than one request may. */
    public Operation requireOperation(int maxMoves) {
        if (operation == null) {
            throw new UserError("operation.error.missing");
        }
        if (operation instanceof Operation.MoveMentions move) {
            if (move.moves() == null || move.moves().stream().anyMatch(Objects::isNull)) {
                throw new UserError("request.field.invalid", MOVES_FIELD);
            }
            if (move.moves().size() > maxMoves) {
                throw new TooManyEntries(MOVES_FIELD, move.moves().size(), maxMoves);
            }
        }
        return operation;
    }
}
