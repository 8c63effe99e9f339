package org.tawsim.base;

/** What a request would create exists already (e.g. a document id in the project); the API answers 409. */
public class AlreadyExists extends UserError {

    public AlreadyExists(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
