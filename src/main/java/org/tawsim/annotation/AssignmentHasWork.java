package org.tawsim.annotation;

import org.tawsim.base.UserError;

/** Unassigning would cut an annotator off from spans they made: refused, nothing changed. */
public class AssignmentHasWork extends UserError {

    private final int spans;

    AssignmentHasWork(String login, int spans) {
        super("assign.error.has-work", login, spans);
        this.spans = spans;
    }

    public int spans() {
        return spans;
    }
}
