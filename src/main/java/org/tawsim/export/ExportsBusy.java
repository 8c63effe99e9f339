package org.tawsim.export;

import org.tawsim.base.UserError;

/** Every export worker is busy and the queue is full: try again later (the API answers 503). */
public class ExportsBusy extends UserError {

    public ExportsBusy() {
        super("export.busy");
    }
}
